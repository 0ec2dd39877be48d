// Screenshots of the demo pages at phone and desktop widths, in light and dark, English and Mongolian.
// Usage: npm run screenshots  (writes docs/screenshots/*.png)
import { mkdir } from 'node:fs/promises';
import { launchChromium } from './browser.mjs';
import { serve } from './serve-demo.mjs';

const server = await serve(0);
const base = `http://127.0.0.1:${server.address().port}`;
const out = new URL('../docs/screenshots/', import.meta.url);
await mkdir(out, { recursive: true });
const browser = await launchChromium();
const shots = [
  { name: 'desktop-en-light', width: 1280, height: 800 },
  { name: 'phone-en-light', width: 360, height: 740, mobile: true },
  { name: 'desktop-mn-light', width: 1280, height: 800, lang: 'mn' },
  { name: 'phone-mn-light', width: 360, height: 740, mobile: true, lang: 'mn' },
  { name: 'desktop-en-dark', width: 1280, height: 800, theme: 'dark' },
  { name: 'phone-mn-dark', width: 360, height: 740, mobile: true, lang: 'mn', theme: 'dark' },
  { name: 'desktop-mn-dark', width: 1280, height: 800, lang: 'mn', theme: 'dark' },
  { name: 'phone-en-dark', width: 360, height: 740, mobile: true, theme: 'dark' },
  { name: 'desktop-en-detail', width: 1280, height: 800, select: 'kyakhta-taken-armed-forces-day' },
  { name: 'desktop-en-list', width: 1280, height: 800, view: 'list', start: '1985', end: '1995' },
  { name: 'phone-en-320', width: 320, height: 640, mobile: true },
  { name: 'phone-en-detail', width: 360, height: 740, mobile: true, select: 'kyakhta-taken-armed-forces-day' },
];
try {
  for (const s of shots) {
    const page = await browser.newPage();
    page.on('console', (m) => m.type() === 'error' && console.error(`[${s.name}] console: ${m.text()}`));
    page.on('pageerror', (e) => console.error(`[${s.name}] page error: ${e.message}`));
    await page.setViewport({
      width: s.width,
      height: s.height,
      deviceScaleFactor: 1,
      isMobile: !!s.mobile,
      hasTouch: !!s.mobile,
    });
    await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: s.theme ?? 'light' }]);
    await page.goto(
      `${base}/demo/shot.html?lang=${s.lang ?? 'en'}&select=${s.select ?? ''}&theme=${s.theme ?? ''}&view=${s.view ?? ''}&start=${s.start ?? ''}&end=${s.end ?? ''}`,
      { waitUntil: 'networkidle0' },
    );
    await page.evaluate(() => document.querySelector('mongolia-timeline').updateComplete);
    await new Promise((r) => setTimeout(r, 200));
    await page.screenshot({ path: new URL(`${s.name}.png`, out).pathname });
    await page.close();
    console.log(`docs/screenshots/${s.name}.png`);
  }
} finally {
  await browser.close();
  server.close();
}
