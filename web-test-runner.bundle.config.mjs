// The element tests that exercise d3-zoom, the axis and the data sources, run a second time against the built
// self-contained bundle (dist/mongolia-timeline.bundle.js) instead of the TypeScript sources: the bundle replaces
// d3-transition, d3-interpolate and d3-time-format with stand-ins (rollup.config.mjs), and minifies the templates,
// and these runs are what check that script-tag users get the same behaviour. Run after `npm run build`.
import base from './web-test-runner.config.mjs';

/** Every import of the element's module resolves to the bundle (the tests' other imports stay as they are). */
function useBundle() {
  return {
    name: 'use-bundle',
    resolveImport({ source }) {
      if (/(^|\/)src\/mongolia-timeline\.js$/.test(source)) return '/dist/mongolia-timeline.bundle.js';
      return undefined;
    },
  };
}

export default {
  ...base,
  files: [
    'test/element/zoom.test.ts',
    'test/element/touch.test.ts',
    'test/element/keyboard-a11y.test.ts',
    'test/element/rendering.test.ts',
    'test/element/host-behaviour.test.ts',
    'test/element/data-sources.test.ts',
  ],
  plugins: [useBundle(), ...base.plugins],
};
