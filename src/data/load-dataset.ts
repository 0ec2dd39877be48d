import { dataDomain } from '../timeline-state.js';
import { bundledDataset } from './bundled-dataset.js';
import { buildItems, type TimelineItem } from './timeline-items.js';
import type { Dataset } from './types.js';
import { validateDataset, type ValidationError } from './validate.js';

/**
 * The items to draw: from the `data` property, validated record by record, or from the bundled dataset (checked by
 * the test suite, so not again in every browser). Custom data spans its own extent; the bundled data 1921–2021.
 */
export function loadDataset(data: Dataset | undefined): {
  items: TimelineItem[];
  errors: ValidationError[];
  domain: [number, number];
} {
  if (!data) return { items: buildItems(bundledDataset), errors: [], domain: dataDomain(null) };
  const { dataset, errors } = validateDataset(data);
  const items = buildItems(dataset);
  return { items, errors, domain: dataDomain(items) };
}
