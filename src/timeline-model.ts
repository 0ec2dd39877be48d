import { loadDataset } from './data/load-dataset.js';
import { searchItems } from './data/search.js';
import { filterItems, type TimelineItem } from './data/timeline-items.js';
import type { Era } from './data/types.js';
import type { ValidationError } from './data/validate.js';
import { balanceIndex } from './layout/balance.js';
import { longestDuration } from './layout/visible-window.js';
import type { ChipModel } from './render/filter-chips.js';
import { chipModels, eventLabelCache, parsePartnerList } from './timeline-state.js';

/**
 * What the element derives from its data, filter and language, recomputed only when one of them changes (never on
 * a zoom frame): the items, the filtered items, the chips, and the events' accessible labels.
 */
export class TimelineModel {
  items: TimelineItem[] = [];
  eras: Era[] = [];
  filtered: TimelineItem[] = [];
  /** The longest duration among the filtered items, for finding the visible window. */
  longest = 0;
  chosen = new Set<string>();
  chips: ChipModel[] = [];
  /** Records of custom data that were skipped. */
  errors: ValidationError[] = [];
  domain: [number, number] = [0, 1];
  /** Events per bloc and year among the filtered items, for the balance strip. */
  balance = balanceIndex([]);
  /** Each event's accessible label, built once per language: date formatting is too slow for every frame. */
  eventLabel = eventLabelCache('en');

  update(
    o: { data: unknown; partners: string; query: string; lang: string },
    changed: { data: boolean; partners: boolean; query: boolean; lang: boolean },
  ): void {
    if (changed.data)
      ({ items: this.items, eras: this.eras, errors: this.errors, domain: this.domain } = loadDataset(o.data));
    if (changed.data || changed.partners) this.chosen = parsePartnerList(o.partners, this.items);
    if (changed.data || changed.partners || changed.query) {
      this.filtered = searchItems(filterItems(this.items, this.chosen), o.query);
      this.longest = longestDuration(this.filtered);
      this.balance = balanceIndex(this.filtered);
    }
    if (changed.data || changed.partners || changed.lang) {
      this.chips = chipModels(this.items, this.chosen, o.lang);
      this.eventLabel = eventLabelCache(o.lang);
    }
  }
}
