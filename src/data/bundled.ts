import type { Dataset } from './types.js';

let dataset: Dataset | undefined;
let loading: Promise<Dataset> | undefined;
let settled = false;

/** The bundled dataset, once loaded or provided; `undefined` before. */
export function bundledNow(): Dataset | undefined {
  return dataset;
}

/** Whether loading the bundled dataset has ended, loaded or failed (a failed load is not retried). */
export function bundledSettled(): boolean {
  return settled;
}

/**
 * Loads the bundled dataset once. It is a module of its own, imported on demand: an npm user's bundler puts it in a
 * chunk that only pages drawing the bundled events fetch (pages that pass `data` or `src` never do); the
 * self-contained bundle inlines it.
 */
export function loadBundled(): Promise<Dataset> {
  return (loading ??= import('./bundled-dataset.js').then(
    (m) => {
      settled = true;
      return (dataset = m.bundledDataset);
    },
    (e: unknown) => {
      settled = true;
      throw e;
    },
  ));
}

/** Provides the bundled dataset at once: the server entry does, so that a server render lists the events. */
export function provideBundled(data: Dataset): void {
  dataset = data;
  settled = true;
  loading = Promise.resolve(data);
}
