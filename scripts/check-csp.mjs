// Loads demo/csp.html (strict CSP and Trusted Types) in Chromium and Firefox, opens an event's details, zooms and
// filters, and fails if the page reported any CSP violation or error, or if the timeline did not draw.
import puppeteer from 'puppeteer-core';
import { CHROMIUM, CHROMIUM_ARGS } from './browser.mjs';
import { serve } from './serve-demo.mjs';

const server = await serve(0);
const url = `http://127.0.0.1:${server.address().port}/demo/csp.html`;
let failed = false;
try {
  for (const [browser, executablePath] of [['chrome', CHROMIUM], ['firefox', process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr']]) {
    const b = await puppeteer.launch({ browser, executablePath, headless: true, args: browser === 'chrome' ? CHROMIUM_ARGS : [] });
    try {
      const page = await b.newPage();
      const errors = [];
      page.on('pageerror', (e) => errors.push(e.message));
      page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
      await page.goto(url, { waitUntil: 'load' });
      const result = await page.evaluate(async () => {
        const el = document.querySelector('mongolia-timeline');
        await customElements.whenDefined('mongolia-timeline');
        await el.updateComplete;
        await new Promise((r) => setTimeout(r, 300));
        const marks = el.shadowRoot.querySelectorAll('[part~="event"]');
        marks[0].dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
        el.shadowRoot.querySelector('[part~="chip"][data-partner="cn"]').click();
        el.zoomTo('1960', '1970');
        await el.updateComplete;
        await new Promise((r) => setTimeout(r, 300));
        return { marks: marks.length, detail: !!el.shadowRoot.querySelector('[part~="detail"]'), violations: window.cspViolations };
      });
      const ok = result.marks > 0 && result.detail && result.violations.length === 0 && errors.length === 0;
      console.log(`${browser}: ${result.marks} marks, details ${result.detail ? 'open' : 'missing'}, ${result.violations.length} CSP violations${errors.length ? `, errors: ${errors.join('; ')}` : ''}${result.violations.length ? `: ${result.violations.join('; ')}` : ''}`);
      if (!ok) failed = true;
    } finally {
      await b.close();
    }
  }
} finally {
  server.close();
}
if (failed) process.exit(1);
