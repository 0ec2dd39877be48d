// The self-contained bundle for script-tag users: lit, d3 and the dataset in one minified ES module.
// It bundles tsc's output in dist/, so the npm build and the bundle come from the same compiled code.
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';

/** A rollup plugin that gives the bundle `code` in place of the module `name` (other importers keep the real one). */
function standIn(name, code, keepFor = []) {
  const id = `\0${name}-stand-in`;
  return {
    name: `${name}-stand-in`,
    resolveId: (source, importer) =>
      source === name && importer !== id && !keepFor.some((k) => importer?.includes(k)) ? id : null,
    load: (loaded) => (loaded === id ? code : null),
  };
}

/**
 * Stand-ins for d3 code the timeline never runs; npm users, who bundle for themselves, get the real modules, with the
 * same behaviour.
 * - d3-transition (with d3-timer and d3-ease, about 6 KB gzip): the timeline never animates a zoom (every change is
 *   immediate, which also honours reduced motion). d3-zoom still calls `interrupt()` and `selection.interrupt()`,
 *   no-ops without transitions.
 * - d3-interpolate's generic `interpolate` (with d3-color, about 4 KB gzip): the time scale's range is numbers, so
 *   numeric interpolation is all it needs; d3-zoom's `interpolateZoom` only runs in transitions, so a linear one
 *   stands in.
 * - d3-time-format (about 2.7 KB gzip): the time scale's default tick format is never called; the axis formats its
 *   ticks with src/time/format-date.ts.
 */
const standIns = [
  standIn(
    'd3-transition',
    `import { selection } from 'd3-selection';
selection.prototype.interrupt = function () { return this; };
export function interrupt() {}`,
  ),
  standIn(
    'd3-interpolate',
    `export function interpolateZoom(a, b) {
  const i = (t) => [0, 1, 2].map((k) => a[k] * (1 - t) + b[k] * t);
  i.duration = 0;
  return i;
}
export function interpolateNumber(a, b) { a = +a; b = +b; return (t) => a * (1 - t) + b * t; }
export function interpolateRound(a, b) { a = +a; b = +b; return (t) => Math.round(a * (1 - t) + b * t); }
export const interpolate = interpolateNumber;
export function piecewise(values) {
  const n = values.length - 1;
  const parts = values.slice(1).map((v, i) => interpolateNumber(values[i], v));
  return (t) => { const i = Math.max(0, Math.min(n - 1, Math.floor((t *= n)))); return parts[i](t - i); };
}`,
  ),
  standIn(
    'd3-time-format',
    `export const utcFormat = () => (d) => new Date(d).toISOString();
export const timeFormat = utcFormat;`,
  ),
];

/**
 * The bundle is for browsers, but a server (Astro, Next.js, SvelteKit prerendering) may import it: three module-level
 * touches of the DOM in Lit's browser build are made safe there, so the import defines nothing and throws nothing.
 * Each pattern must be found, so that a Lit upgrade that changes them fails the build instead of the server import.
 */
function serverSafeLit() {
  const edits = [
    ['lit-html/lit-html.js', '=document,', '=globalThis.document??{createTreeWalker(){return{}}},'],
    [
      '@lit/reactive-element/reactive-element.js',
      ' extends HTMLElement{',
      ' extends(globalThis.HTMLElement??class{}){',
    ],
    [
      '@lit/reactive-element/decorators/custom-element.js',
      'customElements.define(',
      'globalThis.customElements?.define(',
    ],
  ];
  return {
    name: 'server-safe-lit',
    transform(code, id) {
      const edit = edits.find(([file]) => id.replaceAll('\\', '/').endsWith(`node_modules/${file}`));
      if (!edit) return null;
      const [file, from, to] = edit;
      if (!code.includes(from)) this.error(`server-safe-lit: "${from}" not found in ${file}`);
      return { code: code.replaceAll(from, to), map: null };
    },
  };
}

/**
 * Minifies the text of the element's templates in the bundle (terser leaves template text alone; npm users' bundlers
 * do their own thing): indentation after a line break goes everywhere in our modules (a run of white space renders
 * as one space, and the break stays), and the `css` templates lose comments and the space around braces and
 * semicolons.
 */
function minifyTemplates() {
  return {
    name: 'minify-templates',
    transform(code, id) {
      if (id.includes('node_modules') || !id.includes('/dist/')) return null;
      if (!/\.styles\.js$/.test(id)) return { code: code.replace(/\n[ \t]+/g, '\n'), map: null };
      const out = code.replace(/css ?`([^`]*)`/g, (_, body) => {
        const css = body
          .replace(/\/\*[\s\S]*?\*\//g, '')
          .replace(/\s+/g, ' ')
          .replace(/\s*([{};])\s*/g, '$1')
          .trim();
        return `css\`${css}\``;
      });
      return { code: out, map: null };
    },
  };
}

export default {
  input: 'dist/index.js',
  output: {
    file: 'dist/mongolia-timeline.bundle.js',
    format: 'es',
    // No source map: this is the minified script-tag build, and its map would ship the dataset once more (1.2 MB).
    // The npm modules in dist/ have maps that carry their TypeScript sources.
    sourcemap: false,
    // One file: the bundled dataset, a dynamic import for npm users' bundlers, is inlined here.
    inlineDynamicImports: true,
  },
  // tsc's decorator helper reads a top-level `this`; in a module it is undefined, which the helper handles.
  onwarn(warning, warn) {
    if (warning.code !== 'THIS_IS_UNDEFINED') warn(warning);
  },
  plugins: [
    ...standIns,
    serverSafeLit(),
    minifyTemplates(),
    nodeResolve({ exportConditions: ['production'] }),
    terser({ ecma: 2021, module: true, compress: { passes: 3 }, format: { comments: false } }),
  ],
};
