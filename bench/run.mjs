// npm run bench: mongolia-timeline against vis-timeline in headless Chromium, on pages served from 127.0.0.1.
// Prints a table of medians and min–max over several runs and writes bench/results.json. It measures; it never fails
// on a slow machine. BENCH_RUNS (default 3) sets the runs per case; BENCH_SIZES (default 0,1000,10000,100000) the
// dataset sizes, 0 being the bundled dataset; BENCH_LIBS (default ours,vis) the libraries.
import { writeFile } from 'node:fs/promises';
import os from 'node:os';
import { readFile } from 'node:fs/promises';
import { launchChromium } from '../scripts/browser.mjs';
import { serve } from '../scripts/serve-demo.mjs';
import { bundleWeights, weigh } from '../scripts/bundle-size.mjs';

const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const SIZES = (process.env.BENCH_SIZES ?? '0,1000,10000,100000').split(',').map(Number);
const LIBS = (process.env.BENCH_LIBS ?? 'ours,vis').split(',');
const LOAD_TIMEOUT = 120_000;
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? (s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2) : NaN;
};
const quantile = (xs, q) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.min(s.length - 1, Math.ceil(q * s.length) - 1)] : NaN;
};
const frameStats = ({ frames, longTasks }) => ({
  median: median(frames),
  p95: quantile(frames, 0.95),
  max: Math.max(0, ...frames),
  frames: frames.length,
  longTasks: longTasks.length,
});

async function measureOnce(browser, base, lib, n) {
  const page = await browser.newPage();
  await page.setViewport({ width: 1280, height: 800 });
  try {
    await page.goto(`${base}/bench/${lib}.html`, { waitUntil: 'load' });
    await page.waitForFunction(() => document.title === 'ready');
    const cdp = await page.createCDPSession();
    const load = page.evaluate((size) => window.bench.load(size), n).catch(() => null);
    const firstFrame = await Promise.race([load, sleep(LOAD_TIMEOUT).then(() => null)]);
    if (firstFrame === null) return { timeout: true };
    await page.evaluate(() => window.bench.widest());
    const nodesWidest = await page.evaluate(() => window.bench.countNodes());

    // Zoom: 30 wheel steps in and 30 out around the centre, paced like a hand on a wheel.
    await page.evaluate(() => window.bench.focus());
    const [cx, cy] = await page.evaluate(() => window.bench.centre());
    await page.mouse.move(cx, cy);
    await page.evaluate(() => window.bench.startFrames());
    for (let i = 0; i < 60; i++) {
      await page.mouse.wheel({ deltaY: i < 30 ? -100 : 100 });
      await sleep(16);
    }
    await sleep(300);
    const zoom = frameStats(await page.evaluate(() => window.bench.stopFrames()));

    // Pan: a mouse drag of 60 moves across a twenty-year window.
    await page.evaluate(() => window.bench.window('1960-01-01', '1980-01-01'));
    await page.mouse.move(cx + 300, cy);
    await page.evaluate(() => window.bench.startFrames());
    await page.mouse.down();
    for (let i = 1; i <= 60; i++) {
      await page.mouse.move(cx + 300 - i * 10, cy);
      await sleep(16);
    }
    await page.mouse.up();
    await sleep(300);
    const pan = frameStats(await page.evaluate(() => window.bench.stopFrames()));

    await page.evaluate(() => window.bench.deepest());
    const nodesDeepest = await page.evaluate(() => window.bench.countNodes());
    await cdp.send('HeapProfiler.collectGarbage');
    await cdp.send('HeapProfiler.collectGarbage');
    const { usedSize } = await cdp.send('Runtime.getHeapUsage');
    return { firstFrame, zoom, pan, nodesWidest, nodesDeepest, heapMB: usedSize / 2 ** 20 };
  } finally {
    // A page still busy after a timeout is closed without waiting for it.
    await Promise.race([page.close().catch(() => {}), sleep(5000)]);
  }
}

const METRICS = [
  ['first frame (ms)', (r) => r.firstFrame],
  ['zoom frame median (ms)', (r) => r.zoom.median],
  ['zoom frame p95 (ms)', (r) => r.zoom.p95],
  ['zoom longest frame (ms)', (r) => r.zoom.max],
  ['zoom long tasks', (r) => r.zoom.longTasks],
  ['pan frame median (ms)', (r) => r.pan.median],
  ['pan frame p95 (ms)', (r) => r.pan.p95],
  ['pan longest frame (ms)', (r) => r.pan.max],
  ['pan long tasks', (r) => r.pan.longTasks],
  ['DOM nodes, widest', (r) => r.nodesWidest],
  ['DOM nodes, deepest', (r) => r.nodesDeepest],
  ['JS heap after GC (MB)', (r) => r.heapMB],
];

function summarize(runs) {
  const ok = runs.filter((r) => !r.timeout);
  if (!ok.length) return null;
  return Object.fromEntries(
    METRICS.map(([name, get]) => {
      const xs = ok.map(get);
      return [name, { median: median(xs), min: Math.min(...xs), max: Math.max(...xs) }];
    }),
  );
}

const fmt = (x) =>
  x === undefined || Number.isNaN(x) ? '–' : x >= 100 ? x.toFixed(0) : x >= 10 ? x.toFixed(1) : x.toFixed(2);
const cell = (s, runs) => (s ? `${fmt(s.median)} (${fmt(s.min)}–${fmt(s.max)})` : runs.length ? 'timeout' : 'not run');

async function peerWeights() {
  const read = (p) => readFile(new URL(`../node_modules/${p}`, import.meta.url), 'utf8');
  const sum = (a, b) => ({ min: a.min + b.min, gzip: a.gzip + b.gzip, brotli: a.brotli + b.brotli });
  return {
    'vis-timeline 8 standalone (js + css)': sum(
      weigh(await read('vis-timeline/standalone/umd/vis-timeline-graph2d.min.js')),
      weigh(await read('vis-timeline/styles/vis-timeline-graph2d.min.css')),
    ),
    'TimelineJS 3 (js + css, no fonts or locales)': sum(
      weigh(await read('@knight-lab/timelinejs/dist/js/timeline.js')),
      weigh(await read('@knight-lab/timelinejs/dist/css/timeline.css')),
    ),
  };
}

const server = await serve(0);
const base = `http://127.0.0.1:${server.address().port}`;
const browser = await launchChromium(['--enable-precise-memory-info'], { protocolTimeout: 600_000 });
const results = {
  date: new Date().toISOString(),
  machine: `${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, ${Math.round(os.totalmem() / 2 ** 30)} GiB`,
  browser: await browser.version(),
  runs: RUNS,
  cases: {},
};
try {
  for (const n of SIZES) {
    const label = n ? `${n.toLocaleString('en')} events` : 'bundled dataset';
    results.cases[label] = {};
    for (const lib of ['ours', 'vis']) {
      if (!LIBS.includes(lib)) {
        results.cases[label][lib] = { runs: [], summary: null };
        continue;
      }
      const runs = [];
      const count = n >= 100000 ? Math.min(RUNS, 2) : RUNS;
      for (let i = 0; i < count; i++) {
        const r = await measureOnce(browser, base, lib, n);
        runs.push(r);
        process.stderr.write(
          `${label} ${lib} run ${i + 1}: ${r.timeout ? 'timeout' : `${fmt(r.firstFrame)} ms first frame`}\n`,
        );
        if (r.timeout) break;
      }
      results.cases[label][lib] = { runs, summary: summarize(runs) };
    }
  }
  results.weights = { ...(await bundleWeights()), peers: await peerWeights() };
} finally {
  await browser.close();
  server.close();
}
await writeFile(new URL('./results.json', import.meta.url), `${JSON.stringify(results, null, 1)}\n`);

const lines = [];
lines.push(
  `Benchmark ${results.date.slice(0, 10)} · ${results.machine} · ${results.browser} · median (min–max) of ${RUNS} runs (2 at 100,000)`,
);
lines.push('');
lines.push('| dataset | metric | mongolia-timeline | vis-timeline | vis ÷ ours |');
lines.push('|---|---|---|---|---|');
for (const [label, libs] of Object.entries(results.cases)) {
  for (const [name] of METRICS) {
    const a = libs.ours.summary?.[name];
    const b = libs.vis.summary?.[name];
    const ratio = a && b && a.median > 0 ? `${(b.median / a.median).toFixed(1)}×` : '–';
    lines.push(`| ${label} | ${name} | ${cell(a, libs.ours.runs)} | ${cell(b, libs.vis.runs)} | ${ratio} |`);
  }
}
lines.push('');
lines.push('| bundle | min (B) | gzip (B) | brotli (B) |');
lines.push('|---|---|---|---|');
const w = results.weights;
for (const [name, x] of [
  ['mongolia-timeline: code (lit, d3, ours)', w.code],
  ['mongolia-timeline: bundled dataset', w.data],
  ['mongolia-timeline: whole bundle', w.full],
  ...Object.entries(w.peers),
]) {
  lines.push(`| ${name} | ${x.min} | ${x.gzip} | ${x.brotli} |`);
}
console.log(lines.join('\n'));
await writeFile(new URL('./results.md', import.meta.url), `${lines.join('\n')}\n`);

// The README shows the latest full run (all sizes, both libraries) between its bench markers.
if (LIBS.length === 2 && SIZES.length === 4) {
  const readmeUrl = new URL('../README.md', import.meta.url);
  const readme = await readFile(readmeUrl, 'utf8');
  const block = /(<!-- bench:start -->\n)[\s\S]*?(<!-- bench:end -->)/;
  if (block.test(readme))
    await writeFile(
      readmeUrl,
      readme.replace(block, (_, start, end) => `${start}${lines.join('\n')}\n${end}`),
    );
}
