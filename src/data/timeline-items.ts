import { parseDate, periodEnd, type PreciseDate } from '../time/precise-date.js';
import { blocAt } from './partner-names.js';
import type { Bloc, Dataset, Partner, TimelineEvent } from './types.js';

/** An event made ready for layout: its dates parsed and its partners resolved. */
export interface TimelineItem {
  event: TimelineEvent;
  startDate: PreciseDate;
  endDate: PreciseDate | null;
  /** First millisecond of the event (UTC). */
  start: number;
  /** Last instant of a range (exclusive end of its last period); equal to `start` for a point. */
  end: number;
  range: boolean;
  partners: Partner[];
  /** The bloc of each partner when the event began, in the order of `partners`: it gives the mark its colour and shape. */
  blocs: Bloc[];
}

/** Resolves a dataset into items sorted by start, then id. Events whose dates do not parse are left out. */
export function buildItems(dataset: Dataset): TimelineItem[] {
  const byId = new Map(dataset.partners.map((p) => [p.id, p]));
  // Events with the same partners share one resolved array: at 100,000 events that spares as many allocations.
  const resolved = new Map<string, Partner[]>();
  const resolvedBlocs = new Map<string, Bloc[]>();
  const items: TimelineItem[] = [];
  for (const event of dataset.events) {
    const startDate = parseDate(event.date);
    if (!startDate) continue;
    const endDate = event.end ? parseDate(event.end) : null;
    const key = event.partners.join();
    let partners = resolved.get(key);
    if (!partners) {
      partners = event.partners.map((id) => byId.get(id)).filter((p): p is Partner => !!p);
      resolved.set(key, partners);
    }
    const changing = partners.some((p) => p.blocs);
    let blocs = changing ? undefined : resolvedBlocs.get(key);
    if (!blocs) {
      blocs = partners.map((p) => (p.blocs ? blocAt(p, startDate.time) : p.bloc));
      if (!changing) resolvedBlocs.set(key, blocs);
    }
    items.push({
      event,
      startDate,
      endDate,
      start: startDate.time,
      end: endDate ? Math.max(startDate.time, periodEnd(endDate)) : startDate.time,
      range: !!endDate,
      partners,
      blocs,
    });
  }
  return items.sort((a, b) => a.start - b.start || (a.event.id < b.event.id ? -1 : 1));
}

/** Keeps the items involving any of the chosen partners; an empty choice keeps all. */
export function filterItems(items: readonly TimelineItem[], chosen: ReadonlySet<string>): TimelineItem[] {
  if (chosen.size === 0) return items.slice();
  return items.filter((item) => item.event.partners.some((id) => chosen.has(id)));
}

/** How many events involve each partner. */
export function countByPartner(items: readonly TimelineItem[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const item of items) {
    const ids = item.event.partners;
    // Most events have one partner: no set to build for them.
    for (const id of ids.length > 1 ? new Set(ids) : ids) counts.set(id, (counts.get(id) ?? 0) + 1);
  }
  return counts;
}

/** The time span the items cover, from the first start to the last end. */
export function itemsExtent(items: readonly TimelineItem[]): [number, number] | null {
  if (items.length === 0) return null;
  let max = -Infinity;
  for (const item of items) max = Math.max(max, item.end);
  return [items[0].start, max];
}
