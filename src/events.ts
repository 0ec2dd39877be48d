import type { LoadFailure } from './data/fetch-dataset.js';
import type { TimelineEvent } from './data/types.js';
import type { ValidationError } from './data/validate.js';

/** Detail of `mt-view-change`: the settled visible window, as `YYYY-MM-DD` dates (end inclusive). */
export interface ViewChangeDetail {
  start: string;
  end: string;
}

/** Detail of `mt-filter-change`: the chosen partner ids (empty means all) and the search text. */
export interface FilterChangeDetail {
  partners: string[];
  query: string;
}

/** Detail of `mt-select`: the event whose details opened, or `null` when they closed. */
export interface SelectDetail {
  event: TimelineEvent | null;
}

/**
 * Detail of `mt-error`: the records of custom data that were skipped, each with its path and reason; or, when a
 * whole dataset could not be used, `failure` (and no `errors`).
 */
export interface ErrorDetail {
  errors: ValidationError[];
  failure?: LoadFailure;
}

/** Detail of `mt-load`: custom data arrived from `src` (its URL) or from an inline script (`"inline"`). */
export interface LoadDetail {
  source: string;
}

/** Detail of `mt-step-change`: the story step the reader moved to, by its id and its index in the story. */
export interface StepChangeDetail {
  step: string;
  index: number;
}

export interface MongoliaTimelineEventMap {
  'mt-error': CustomEvent<ErrorDetail>;
  'mt-load': CustomEvent<LoadDetail>;
  'mt-view-change': CustomEvent<ViewChangeDetail>;
  'mt-filter-change': CustomEvent<FilterChangeDetail>;
  'mt-select': CustomEvent<SelectDetail>;
  'mt-step-change': CustomEvent<StepChangeDetail>;
}

/** Fires one of the element's events: bubbling and composed, so a page or framework hears it from outside the shadow root. */
export function emit<K extends keyof MongoliaTimelineEventMap>(
  target: EventTarget,
  name: K,
  detail: MongoliaTimelineEventMap[K]['detail'],
): void {
  target.dispatchEvent(new CustomEvent(name, { detail, bubbles: true, composed: true }));
}

declare global {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface HTMLElementEventMap extends MongoliaTimelineEventMap {}
}
