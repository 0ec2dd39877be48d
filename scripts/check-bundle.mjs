// Loads demo/csp.html (strict CSP and Trusted Types) with the self-contained bundle in Chromium and Firefox, opens an
// event's details, filters, zooms through the API, then double-clicks and drags with the real mouse; fails if the page
// reported any CSP violation or error, or if the bundle did not draw, zoom or pan, or draw the data its `src` fetched.
import puppeteer from 'puppeteer-core';
import { CHROMIUM, CHROMIUM_ARGS } from './browser.mjs';
import { serve } from './serve-demo.mjs';

const server = await serve(0);
const url = `http://127.0.0.1:${server.address().port}/demo/csp.html`;
let failed = false;
try {
  for (const [browser, executablePath] of [
    ['chrome', CHROMIUM],
    ['firefox', process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr'],
  ]) {
    const b = await puppeteer.launch({
      browser,
      executablePath,
      headless: true,
      args: browser === 'chrome' ? CHROMIUM_ARGS : [],
    });
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
        const fromSrc = document.getElementById('from-src');
        const srcMarks = () => fromSrc.shadowRoot.querySelectorAll('[part~="event"], [part~="cluster"]').length;
        for (let i = 0; i < 50 && srcMarks() === 0; i++) await new Promise((r) => setTimeout(r, 100));
        return {
          marks: marks.length,
          srcMarks: srcMarks(),
          detail: !!el.shadowRoot.querySelector('[part~="detail"]'),
          violations: window.cspViolations,
        };
      });
      // Real mouse input on the bundle: a double click zooms in, a drag pans.
      const period = () =>
        page.evaluate(
          () => document.querySelector('mongolia-timeline').shadowRoot.querySelector('.period').textContent,
        );
      await page.evaluate(() => document.querySelector('mongolia-timeline').resetZoom());
      const [x, y] = await page.evaluate(() => {
        const el = document.querySelector('mongolia-timeline');
        el.scrollIntoView();
        const r = el.shadowRoot.querySelector('.chart').getBoundingClientRect();
        return [Math.round(r.left + r.width / 2), Math.round(r.bottom - 10)];
      });
      const whole = await period();
      await page.mouse.click(x, y, { count: 2 });
      await new Promise((r) => setTimeout(r, 300));
      const zoomed = await period();
      await page.mouse.move(x, y);
      await page.mouse.down();
      await page.mouse.move(x + 200, y, { steps: 5 });
      await page.mouse.up();
      await new Promise((r) => setTimeout(r, 300));
      const panned = await period();
      console.log(`${browser}: ${whole} → double click → ${zoomed} → drag → ${panned}`);
      const moved = zoomed !== whole && panned !== zoomed;
      const ok =
        moved &&
        result.marks > 0 &&
        result.srcMarks > 0 &&
        result.detail &&
        result.violations.length === 0 &&
        errors.length === 0;
      console.log(
        `${browser}: ${result.marks} marks, ${result.srcMarks} marks from src, details ${result.detail ? 'open' : 'missing'}, ${result.violations.length} CSP violations${errors.length ? `, errors: ${errors.join('; ')}` : ''}${result.violations.length ? `: ${result.violations.join('; ')}` : ''}`,
      );
      if (!ok) failed = true;
    } finally {
      await b.close();
    }
  }
} finally {
  server.close();
}
if (failed) process.exit(1);
