// The package's entry under Node's `node` export condition (server renderers: Astro, Next.js, SvelteKit, Vite SSR).
// A server render is synchronous and cannot wait for the bundled dataset's dynamic import, so this entry provides
// the dataset up front; browsers get `index.js`, which loads it only when a page draws it.
import { bundledDataset } from './data/bundled-dataset.js';
import { provideBundled } from './data/bundled.js';

provideBundled(bundledDataset);

export * from './index.js';
