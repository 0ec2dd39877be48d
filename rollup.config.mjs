// The self-contained bundle for script-tag users: lit, d3 and the dataset in one minified ES module.
// It bundles tsc's output in dist/, so the npm build and the bundle come from the same compiled code.
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';

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
    nodeResolve({ exportConditions: ['production'] }),
    terser({ ecma: 2021, module: true, format: { comments: false } }),
  ],
};
