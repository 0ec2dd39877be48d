// Mutation testing of the pure modules (src/time, src/layout, src/data) with StrykerJS: `npm run mutation`.
// Their DOM-free unit tests run in Node under mocha, TypeScript loaded by tsx, '@open-wc/testing' mapped to its chai
// `expect` (test/node/register.mjs); the same files run in the browsers under web-test-runner with `npm test`.
// Report: reports/mutation/mutation.html.

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'mocha',
  testRunnerNodeArgs: ['--import', 'tsx', '--import', './test/node/register.mjs'],
  mochaOptions: {
    spec: ['test/time/**/*.test.ts', 'test/layout/**/*.test.ts', 'test/data/**/*.test.ts'],
    // Left to the browsers: fetch-dataset needs the test server's endpoints and a document; bundled-dataset, and
    // the schema check of the bundled files, test the shipped data rather than code.
    ignore: ['test/data/fetch-dataset.test.ts', 'test/data/bundled-dataset.test.ts'],
    grep: '^(?!.*the bundled files pass the schema)',
  },
  mutate: [
    'src/time/**/*.ts',
    'src/layout/**/*.ts',
    'src/data/**/*.ts',
    // Generated from data/*.json.
    '!src/data/bundled-dataset.ts',
  ],
  coverageAnalysis: 'perTest',
  // The modules are plain ES2021: no type checker, TypeScript is only stripped.
  checkers: [],
  concurrency: 2,
  timeoutMS: 10000,
  reporters: ['clear-text', 'progress', 'html', 'json'],
  htmlReporter: { fileName: 'reports/mutation/mutation.html' },
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  thresholds: { high: 90, low: 85, break: null },
  tempDirName: '.stryker-tmp',
  cleanTempDir: true,
};
