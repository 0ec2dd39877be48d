// The self-contained bundle for script-tag users: lit, d3 and the dataset in one minified ES module.
// It bundles tsc's output in dist/, so the npm build and the bundle come from the same compiled code.
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';

/**
 * The timeline never animates a zoom (every change is immediate, which also honours reduced motion), so d3-zoom's
 * transitions are dead code. In the bundle, d3-transition (with d3-timer and d3-ease, about 6 KB gzip) is replaced
 * by the two things d3-zoom still calls: `interrupt()` and `selection.interrupt()`, both no-ops without transitions.
 * npm users, who bundle for themselves, get the real module; behaviour is the same.
 */
const noTransitions = {
  name: 'no-transitions',
  resolveId: (id) => (id === 'd3-transition' ? '\0d3-transition-stand-in' : null),
  load: (id) =>
    id === '\0d3-transition-stand-in'
      ? `import { selection } from 'd3-selection';
selection.prototype.interrupt = function () { return this; };
export function interrupt() {}`
      : null,
};

export default {
  input: 'dist/index.js',
  output: {
    file: 'dist/mongolia-timeline.bundle.js',
    format: 'es',
    sourcemap: true,
  },
  // tsc's decorator helper reads a top-level `this`; in a module it is undefined, which the helper handles.
  onwarn(warning, warn) {
    if (warning.code !== 'THIS_IS_UNDEFINED') warn(warning);
  },
  plugins: [
    noTransitions,
    nodeResolve({ exportConditions: ['production'] }),
    terser({ ecma: 2021, module: true, compress: { passes: 3 }, format: { comments: false } }),
  ],
};
