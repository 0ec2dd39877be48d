// Bundle weights: the self-contained bundle whole, its code alone (lit, d3 and ours, with the dataset stubbed out),
// and the dataset as the difference. Used by `npm run bench` and by the size-budget check in `npm test`.
import { readFile } from 'node:fs/promises';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';
import { rollup } from 'rollup';
import config from '../rollup.config.mjs';

/** Minified, gzip (level 9) and brotli (quality 11) bytes of a text. */
export function weigh(text) {
  const buf = Buffer.from(text);
  return {
    min: buf.length,
    gzip: gzipSync(buf, { level: 9 }).length,
    brotli: brotliCompressSync(buf, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
}

const stubDataset = {
  name: 'stub-dataset',
  load(id) {
    if (id.endsWith('/data/bundled-dataset.js')) return 'export const bundledDataset = { partners: [], events: [] };';
    return null;
  },
};

/** Builds the bundle from dist/ without the dataset and weighs it: the cost of the code alone. */
export async function codeOnlyWeight() {
  const bundle = await rollup({
    input: config.input,
    plugins: [stubDataset, ...config.plugins],
    onwarn: config.onwarn,
  });
  const { output } = await bundle.generate({ format: 'es' });
  await bundle.close();
  return weigh(output[0].code);
}

/** Weights of the built bundle, its code alone, and the dataset (the difference). */
export async function bundleWeights() {
  const full = weigh(await readFile(new URL('../dist/mongolia-timeline.bundle.js', import.meta.url), 'utf8'));
  const code = await codeOnlyWeight();
  const data = { min: full.min - code.min, gzip: full.gzip - code.gzip, brotli: full.brotli - code.brotli };
  return { full, code, data };
}
