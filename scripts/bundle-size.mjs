// Bundle weights: the self-contained bundle whole, its code alone (lit, d3 and ours, with the dataset stubbed out),
// and the dataset as the difference. Used by `npm run bench` and by the size-budget check in `npm test`.
import { readFile } from 'node:fs/promises';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
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

/**
 * What an npm user's bundler ships, built as one would (real d3 modules, no stand-ins, code splitting, minified):
 * - `element`: `import 'mongolia-timeline'` for a page that passes `data` or `src`: every chunk but the bundled
 *   dataset's, which such a page never fetches;
 * - `dataset`: that chunk, fetched only by pages that draw the bundled events;
 * - `utils`: `import { validateDataset } from 'mongolia-timeline/utils'`.
 */
export async function npmWeights() {
  const build = async (input) => {
    const bundle = await rollup({
      input,
      plugins: [
        nodeResolve({ exportConditions: ['production'] }),
        terser({ module: true, format: { comments: false } }),
      ],
      onwarn: config.onwarn,
    });
    const { output } = await bundle.generate({ format: 'es' });
    await bundle.close();
    return output.filter((o) => o.type === 'chunk');
  };
  const chunks = await build('dist/index.js');
  const isData = (c) => Object.keys(c.modules).some((id) => id.endsWith('/data/bundled-dataset.js'));
  const code = chunks.filter((c) => !isData(c)).map((c) => c.code);
  const data = chunks.filter(isData);
  if (data.length !== 1 || data[0].isEntry) throw new Error('npmWeights: the dataset is not a chunk of its own');
  const utils = await build('dist/utils.js');
  if (utils.some(isData)) throw new Error('npmWeights: mongolia-timeline/utils pulls in the dataset');
  return {
    element: { ...weigh(code.join('\n')), chunks: code.length },
    dataset: weigh(data[0].code),
    utils: weigh(utils.map((c) => c.code).join('\n')),
  };
}
