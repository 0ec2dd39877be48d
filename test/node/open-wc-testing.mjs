// What the pure-module tests take from '@open-wc/testing', for Node: the same chai `expect` that @open-wc/testing
// re-exports in the browser (its DOM plugins are not needed by tests that touch no DOM).
export { assert, expect } from '@esm-bundle/chai/esm/chai.js';
