// Firefox ESR 140's WebDriver BiDi has no `emulation.setScreenOrientationOverride`, which puppeteer sends with every
// `setViewport` (web-test-runner sets one on each page, and so does the tests' `setViewport` command). The tests
// never depend on the screen's orientation, so when the browser does not know the command, it is skipped; every other
// error still throws. Firefox ESR 153 and later know the command and are unaffected.
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
// The puppeteer-core that @web/test-runner-puppeteer's puppeteer uses.
const from = { paths: [require.resolve('puppeteer')] };
const { BrowsingContext } = require(require.resolve('puppeteer-core/internal/bidi/core/BrowsingContext.js', from));

const original = BrowsingContext.prototype.setScreenOrientationOverride;
if (original && !original.toleratesUnknown) {
  const tolerant = async function (...args) {
    try {
      return await original.apply(this, args);
    } catch (e) {
      if (e instanceof Error && e.message.includes('unknown command emulation.setScreenOrientationOverride')) return;
      throw e;
    }
  };
  tolerant.toleratesUnknown = true;
  BrowsingContext.prototype.setScreenOrientationOverride = tolerant;
}
