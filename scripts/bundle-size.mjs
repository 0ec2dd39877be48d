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
    // The story's steps are data too (text in two languages and citations), weighed with the dataset.
    if (id.endsWith('/story/bundled-story.js')) return 'export const bundledStory = [];';
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
  const { output } = await bundle.generate({ format: 'es', inlineDynamicImports: true });
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
 * - `element`: `import 'mongolia-timeline'`, the chunks a page loads up front (the entry and what it imports
 *   statically); a page that passes `data` or `src` and no `story` loads nothing more;
 * - `dataset`: the bundled dataset's chunk, fetched only by pages that draw the bundled events;
 * - `story`: the chunks story mode loads when `story` is set (its module and the bundled steps);
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
  const byName = new Map(chunks.map((c) => [c.fileName, c]));
  const upFront = new Set();
  const visit = (c) => {
    if (upFront.has(c)) return;
    upFront.add(c);
    for (const name of c.imports) visit(byName.get(name));
  };
  visit(chunks.find((c) => c.isEntry));
  const has = (c, file) => Object.keys(c.modules).some((id) => id.replaceAll('\\', '/').endsWith(file));
  const data = chunks.filter((c) => has(c, '/data/bundled-dataset.js'));
  if (data.length !== 1 || upFront.has(data[0])) throw new Error('npmWeights: the dataset is not a chunk of its own');
  const onDemand = chunks.filter((c) => !upFront.has(c) && c !== data[0]);
  const utils = await build('dist/utils.js');
  if (utils.some((c) => has(c, '/data/bundled-dataset.js'))) {
    throw new Error('npmWeights: mongolia-timeline/utils pulls in the dataset');
  }
  const join = (cs) => cs.map((c) => c.code).join('\n');
  return {
    element: { ...weigh(join([...upFront])), chunks: upFront.size },
    dataset: weigh(data[0].code),
    story: { ...weigh(join(onDemand)), chunks: onDemand.length },
    utils: weigh(join(utils)),
  };
}
