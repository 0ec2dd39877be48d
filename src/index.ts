export { MongoliaTimeline } from './mongolia-timeline.js';
export type * from './data/types.js';
export type * from './events.js';
export { KINDS } from './data/types.js';
export { validateDataset, type ValidationError, type ValidationResult } from './data/validate.js';
export { SRC_LIMITS, type LoadFailure, type LoadFailureKind } from './data/fetch-dataset.js';
export { MAX_EVENTS } from './data/load-dataset.js';
