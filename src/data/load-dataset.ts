import { dataDomain } from '../timeline-state.js';
import { bundledNow } from './bundled.js';
import { buildItems, type TimelineItem } from './timeline-items.js';
import type { Era } from './types.js';
import { validateDataset, type ValidationError } from './validate.js';

/** The most events a dataset may hold; larger data is refused whole. */
export const MAX_EVENTS = 100_000;

/** The number of events when it is over `MAX_EVENTS`, else `null`. Never throws, whatever `raw` is. */
export function tooManyEvents(raw: unknown): number | null {
  const events = typeof raw === 'object' && raw !== null ? (raw as { events?: unknown }).events : undefined;
  return Array.isArray(events) && events.length > MAX_EVENTS ? events.length : null;
}

/**
 * The items to draw: from custom data, validated record by record, or from the bundled dataset (checked by the build
 * and the test suite, so not again in every browser; none while its module loads). Custom data spans its own extent;
 * the bundled data 1921–2021.
 */
export function loadDataset(data: unknown): {
  items: TimelineItem[];
  eras: Era[];
  errors: ValidationError[];
  domain: [number, number];
} {
  if (data === undefined) {
    const bundled = bundledNow() ?? { partners: [], events: [] };
    return { items: buildItems(bundled), eras: bundled.eras ?? [], errors: [], domain: dataDomain(null) };
  }
  const { dataset, errors } = validateDataset(data);
  const items = buildItems(dataset);
  return { items, eras: dataset.eras ?? [], errors, domain: dataDomain(items) };
}
