// `node --import tsx --import ./test/node/register.mjs`: runs the DOM-free unit tests (test/time, test/layout,
// test/data) in Node, as the mutation run does (stryker.config.mjs). TypeScript is loaded by tsx.
// - '@open-wc/testing', which needs a browser, resolves to its chai `expect` (./hooks.mjs);
// - `fetch` of a root-relative path (`/data/schema.json`) reads the file from the repository, as web-test-runner
//   serves it. The test server's own endpoints (`/__data/…`) do not exist here: their tests stay in the browsers.
import { readFile } from 'node:fs/promises';
import { register } from 'node:module';

register('./hooks.mjs', import.meta.url);

const root = new URL('../../', import.meta.url);
const fetchOnline = globalThis.fetch;
globalThis.fetch = async (input, init) => {
  if (typeof input !== 'string' || !input.startsWith('/') || input.startsWith('/__')) return fetchOnline(input, init);
  const path = new URL(`.${new URL(input, 'http://localhost').pathname}`, root);
  try {
    return new Response(await readFile(path), { headers: { 'content-type': 'application/json' } });
  } catch {
    return new Response('Not found', { status: 404 });
  }
};
