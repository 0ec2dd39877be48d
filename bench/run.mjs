// npm run bench: mongolia-timeline against vis-timeline in headless Chromium, on pages served from 127.0.0.1, under
// the conditions a reader's machine is in: idle, 4× CPU throttling (Chromium's "mid-tier phone"), and with another
// process keeping one core busy. Runs are interleaved (ours, vis, ours, vis…) so both libraries see the same machine.
// Writes bench/results.json (every raw number) and bench/results.md (a table per condition); with --readme, also the
// table between README.md's bench markers. It measures and never fails: a case that runs out of time is reported as
// a timeout.
//
// BENCH_CONDITIONS  idle,throttled,busy (default: all three)
// BENCH_SIZES       0,1000,10000,100000 (0 is the bundled dataset)
// BENCH_RUNS        3 runs per case (BENCH_RUNS_100K, default 1, at 100,000 events and more)
// BENCH_LIBS        ours,vis
// BENCH_LOAD_TIMEOUT, BENCH_GESTURE_TIMEOUT  ms (default 30,000 and 10,000)
// BENCH_SLOW_CASE   s (default 40): a case whose first run takes longer keeps that one run
// BENCH_BUDGET_MIN  minutes (default 22): no run starts after that, so the default bench ends within 25 minutes
import { spawn } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import os from 'node:os';
import { launchChromium } from '../scripts/browser.mjs';
import { serve } from '../scripts/serve-demo.mjs';
import { bundleWeights, weigh } from '../scripts/bundle-size.mjs';
import { readFile } from 'node:fs/promises';
import { CONDITIONS, fmt, renderMarkdown, sizeLabel, summarize, updateReadme } from './report.mjs';

const env = process.env;
const list = (s) =>
  s
    .split(',')
    .map((x) => x.trim())
    .filter(Boolean);
const RUNS = Number(env.BENCH_RUNS ?? 3);
const RUNS_100K = Math.min(RUNS, Number(env.BENCH_RUNS_100K ?? 1));
const SIZES = list(env.BENCH_SIZES ?? '0,1000,10000,100000').map(Number);
const LIBS = list(env.BENCH_LIBS ?? 'ours,vis');
const CONDS = list(env.BENCH_CONDITIONS ?? 'idle,throttled,busy');
const LOAD_TIMEOUT = Number(env.BENCH_LOAD_TIMEOUT ?? 30_000);
const GESTURE_TIMEOUT = Number(env.BENCH_GESTURE_TIMEOUT ?? 10_000);
const SLOW_CASE = Number(env.BENCH_SLOW_CASE ?? 40);
const BUDGET = Number(env.BENCH_BUDGET_MIN ?? 22);
const WRITE_README = process.argv.includes('--readme');
for (const c of CONDS) if (!CONDITIONS[c]) throw new Error(`BENCH_CONDITIONS: unknown condition ${c}`);

const ELEMENT = { width: 1200, height: 600 };
const ELEMENT_LARGE = { width: 1280, height: 800 };
const VIEWPORT = { width: 1400, height: 1000 };
const STEPS = 60;
const PAN_PX = 10;
const SETTLE_MS = 300; // after a gesture: d3-zoom ends a wheel gesture 150 ms after its last event
const CTRL = 2; // CDP modifier bit
// One mouse-wheel notch: 100 px (Chrome also gives it a wheelDelta of 120). Both libraries get the same events:
// a notch is a 2^0.3 ≈ 1.23× zoom in ours (d3-zoom, the element's wheelDelta) and 1.2× in vis-timeline (wheelDelta).
const WHEEL_NOTCH = 100;

const runsFor = (n) => (n >= 100_000 ? RUNS_100K : RUNS);
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

class Timeout extends Error {}
/** Resolves with `promise`, or throws a Timeout naming `what` after `ms`. */
async function within(promise, ms, what) {
  let timer;
  try {
    return await Promise.race([
      promise,
      new Promise((_, reject) => {
        timer = setTimeout(
          () => reject(new Timeout(`${what} > ${ms >= 10_000 ? (ms / 1000).toFixed(0) : (ms / 1000).toFixed(1)} s`)),
          ms,
        );
      }),
    ]);
  } finally {
    clearTimeout(timer);
  }
}

// Busy-core processes are killed after their case, and on any exit.
const busy = new Set();
function startBusyCore() {
  const child = spawn(process.execPath, ['-e', 'for (;;) {}'], { stdio: 'ignore' });
  busy.add(child);
  return child;
}
function stopBusyCore(child) {
  if (!child) return;
  child.kill('SIGKILL');
  busy.delete(child);
}
process.on('exit', () => busy.forEach((c) => c.kill('SIGKILL')));
for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => process.exit(130));

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? (s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2) : NaN;
};
const quantile = (xs, q) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.min(s.length - 1, Math.ceil(q * s.length) - 1)] : NaN;
};

/**
 * Frame times of a gesture from its rAF timestamps: the intervals from the frame the first step went into (the
 * last frame starting at or before t0) to the last frame starting by t1. Long tasks from that frame to t1 plus the
 * settle time, so a re-layout when the gesture ends counts against the gesture.
 */
function gestureStats({ stamps, longTasks }, { t0, t1, steps, timedOut }) {
  let first = 0;
  for (let i = 0; i < stamps.length && stamps[i] <= t0; i++) first = i;
  const inGesture = stamps.filter((s, i) => i >= first && s <= t1);
  const frames = inGesture.slice(1).map((s, i) => s - inGesture[i]);
  const settleStamps = stamps.filter((s) => s >= (inGesture.at(-1) ?? t1) && s <= t1 + SETTLE_MS);
  const settleFrames = settleStamps.slice(1).map((s, i) => s - settleStamps[i]);
  const from = inGesture[0] ?? t0;
  const tasks = longTasks.filter((t) => t.start >= from && t.start <= t1 + SETTLE_MS);
  return {
    steps,
    timedOut,
    durationMs: t1 - from,
    frames: frames.length,
    median: median(frames),
    p95: quantile(frames, 0.95),
    max: Math.max(0, ...frames),
    longTasks: tasks.length,
    longTasksDuringSteps: tasks.filter((t) => t.start <= t1).length,
    longTaskMs: tasks.reduce((a, t) => a + t.duration, 0),
    settleMaxFrame: Math.max(0, ...settleFrames),
    frameTimes: frames.map((f) => Math.round(f * 10) / 10),
  };
}

const frameNow = (page) => page.evaluate(() => new Promise((r) => requestAnimationFrame(() => r(performance.now()))));

/** Runs `gesture` between startFrames and stopFrames; returns its frame statistics and the input the page saw. */
async function recorded(page, gesture) {
  const seen0 = await page.evaluate(() => window.bench.inputSeen());
  await page.evaluate(() => window.bench.startFrames());
  const span = await gesture();
  await sleep(SETTLE_MS);
  await within(
    page.evaluate(() => window.bench.settle()),
    GESTURE_TIMEOUT,
    'settling after the gesture',
  );
  const stats = gestureStats(await page.evaluate(() => window.bench.stopFrames()), span);
  const seen1 = await page.evaluate(() => window.bench.inputSeen());
  const inputSeen = Object.fromEntries(Object.keys(seen1).map((k) => [k, seen1[k] - seen0[k]]));
  return { ...stats, zoomAtMiddle: span.zoomAtMiddle ?? null, inputSeen };
}

/** 60 Ctrl+wheel events dispatched in the page, one per animation frame (30 in, 30 out). */
function syntheticZoom(page, deltaY) {
  return recorded(page, () =>
    within(
      page.evaluate((o) => window.bench.wheelGesture(o), { steps: STEPS, deltaY, deadline: GESTURE_TIMEOUT }),
      GESTURE_TIMEOUT * 2,
      'synthetic zoom',
    ),
  );
}

/**
 * Sends `send(i)` for i = 0…STEPS-1 as real input, one at the start of each animation frame: the page calls the
 * `benchFrame` binding from a rAF loop and the next event goes out when the bench hears of it. Nothing waits for the
 * page between events, as with a hand on a mouse. Resolves when the last event has been handled and a frame drawn.
 */
function paced(page, cdp, send) {
  return new Promise((resolve, reject) => {
    const pending = [];
    const deadline = Date.now() + GESTURE_TIMEOUT;
    let t0 = null;
    let i = 0;
    let done = false;
    const finish = async () => {
      done = true;
      cdp.off('Runtime.bindingCalled', onFrame);
      try {
        await page.evaluate(() => window.bench.pace(false));
        await within(Promise.all(pending), GESTURE_TIMEOUT, 'real input');
        const t1 = await within(frameNow(page), GESTURE_TIMEOUT, 'real input');
        resolve({ t0, t1, steps: i, timedOut: i < STEPS });
      } catch (e) {
        reject(e);
      }
    };
    const onFrame = ({ name, payload }) => {
      if (name !== 'benchFrame' || done) return;
      t0 ??= Number(payload);
      if (i >= STEPS || Date.now() > deadline) void finish();
      else pending.push(send(i++));
    };
    cdp.on('Runtime.bindingCalled', onFrame);
    page.evaluate(() => window.bench.pace(true)).catch(reject);
  });
}

/** 60 Ctrl+wheel events as real input (CDP mouseWheel with the Ctrl modifier), one per frame. */
async function realZoom(page, cdp, deltaY) {
  const [x, y] = await page.evaluate(() => window.bench.centre());
  await cdp.send('Input.dispatchMouseEvent', { type: 'mouseMoved', x, y });
  return recorded(page, () =>
    paced(page, cdp, (i) =>
      cdp.send('Input.dispatchMouseEvent', {
        type: 'mouseWheel',
        x,
        y,
        deltaX: 0,
        deltaY: i < STEPS / 2 ? -deltaY : deltaY,
        modifiers: CTRL,
      }),
    ),
  );
}

/** A 60-move mouse drag (real input), 10 px a move, one move per frame, across a twenty-year window. */
async function realPan(page, cdp) {
  await within(
    page.evaluate(() => window.bench.window('1960-01-01', '1980-01-01')),
    GESTURE_TIMEOUT,
    'zoom to 1960–1980',
  );
  const [cx, y] = await page.evaluate(() => window.bench.centre());
  const x0 = cx + (STEPS * PAN_PX) / 2;
  const mouse = (type, x, extra = {}) => cdp.send('Input.dispatchMouseEvent', { type, x, y, ...extra });
  await mouse('mouseMoved', x0);
  await mouse('mousePressed', x0, { button: 'left', buttons: 1, clickCount: 1 });
  let last = x0;
  try {
    return await recorded(page, () =>
      paced(page, cdp, (i) => {
        last = x0 - (i + 1) * PAN_PX;
        return mouse('mouseMoved', last, { button: 'left', buttons: 1 });
      }),
    );
  } finally {
    await mouse('mouseReleased', last, { button: 'left', buttons: 0, clickCount: 1 }).catch(() => {});
  }
}

/** The most nodes in the component during a synthetic zoom gesture from the widest view, and after it settles. */
async function maxNodes(page, deltaY) {
  await within(
    page.evaluate(() => window.bench.widest()),
    GESTURE_TIMEOUT,
    'reset zoom',
  );
  const g = await within(
    page.evaluate((o) => window.bench.wheelGesture(o), {
      steps: STEPS,
      deltaY,
      deadline: GESTURE_TIMEOUT,
      count: true,
    }),
    GESTURE_TIMEOUT * 2,
    'DOM count gesture',
  );
  await sleep(SETTLE_MS);
  await within(
    page.evaluate(() => window.bench.settle()),
    GESTURE_TIMEOUT,
    'settling',
  );
  const after = await page.evaluate(() => window.bench.countNodes());
  return { max: Math.max(g.maxNodes, after), steps: g.steps, timedOut: g.timedOut };
}

/** One library, one dataset size, one condition, in a fresh page. */
async function measureOnce(browser, base, lib, n, condition, { nodes }) {
  const out = { lib, size: n, condition, started: new Date().toISOString() };
  const page = await browser.newPage();
  const cdp = await page.createCDPSession();
  let busyCore = null;
  const t = Date.now();
  try {
    await page.setViewport(VIEWPORT);
    await cdp.send('Runtime.enable');
    await cdp.send('Runtime.addBinding', { name: 'benchFrame' });
    if (condition === 'throttled') await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    if (condition === 'busy') busyCore = startBusyCore();
    await page.goto(`${base}/bench/${lib}.html`, { waitUntil: 'load', timeout: LOAD_TIMEOUT });
    await page.waitForFunction(() => document.title === 'ready', { timeout: LOAD_TIMEOUT });
    out.scriptReady = await page.evaluate(() => window.bench.scriptReady);
    out.firstFrame = await within(
      page.evaluate((size, w, h) => window.bench.load(size, w, h), n, ELEMENT.width, ELEMENT.height),
      LOAD_TIMEOUT,
      'first frame',
    );
    await within(
      page.evaluate(() => window.bench.widest()),
      GESTURE_TIMEOUT,
      'reset zoom',
    );
    out.zoomSynthetic = await syntheticZoom(page, WHEEL_NOTCH);
    await within(
      page.evaluate(() => window.bench.widest()),
      GESTURE_TIMEOUT,
      'reset zoom',
    );
    out.zoomReal = await realZoom(page, cdp, WHEEL_NOTCH);
    out.pan = await realPan(page, cdp);
    if (nodes) {
      out.nodes = await maxNodes(page, WHEEL_NOTCH);
      await within(
        page.evaluate((w, h) => window.bench.resize(w, h), ELEMENT_LARGE.width, ELEMENT_LARGE.height),
        GESTURE_TIMEOUT,
        'resize',
      );
      out.nodesLarge = await maxNodes(page, WHEEL_NOTCH);
    }
    await cdp.send('HeapProfiler.collectGarbage');
    await cdp.send('HeapProfiler.collectGarbage');
    const { usedSize } = await cdp.send('Runtime.getHeapUsage');
    out.heapMB = usedSize / 2 ** 20;
  } catch (e) {
    if (e instanceof Timeout) out.timeout = e.message;
    else out.error = String(e?.message ?? e).split('\n')[0];
  } finally {
    stopBusyCore(busyCore);
    out.seconds = (Date.now() - t) / 1000;
    // A page still busy after a timeout is closed without waiting for it.
    await Promise.race([page.close().catch(() => {}), sleep(5000)]);
  }
  return out;
}

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

const started = Date.now();
const server = await serve(0);
const base = `http://127.0.0.1:${server.address().port}`;
const browser = await launchChromium(['--enable-precise-memory-info'], { protocolTimeout: 600_000 });
const cpus = os.cpus();
const results = {
  date: new Date().toISOString(),
  machine: {
    cpu: cpus[0]?.model ?? 'unknown',
    cores: cpus.length,
    memoryGiB: Math.round(os.totalmem() / 2 ** 30),
    loadAverageAtStart: os.loadavg().map((x) => Math.round(x * 100) / 100),
    node: process.version,
  },
  browser: await browser.version(),
  settings: {
    conditions: CONDS.map((c) => ({ id: c, ...CONDITIONS[c] })),
    sizes: SIZES,
    libs: LIBS,
    runs: RUNS,
    runs100k: RUNS_100K,
    element: ELEMENT,
    elementLarge: ELEMENT_LARGE,
    viewport: VIEWPORT,
    steps: STEPS,
    panPx: PAN_PX,
    wheelDeltaY: WHEEL_NOTCH,
    settleMs: SETTLE_MS,
    loadTimeoutMs: LOAD_TIMEOUT,
    gestureTimeoutMs: GESTURE_TIMEOUT,
    slowCaseS: SLOW_CASE,
    budgetMin: BUDGET,
  },
  cases: {},
};
try {
  for (const condition of CONDS) results.cases[condition] = {};
  // Sizes outside, conditions inside: if the time budget runs out, what is left out is the largest datasets.
  for (const n of SIZES) {
    for (const condition of CONDS) {
      const label = sizeLabel(n);
      const cell = Object.fromEntries(LIBS.map((lib) => [lib, { runs: [], skipped: null }]));
      results.cases[condition][label] = cell;
      // A library whose first frame timed out at a smaller size in this condition is not tried on a larger one.
      for (const lib of LIBS) {
        const smaller = SIZES.filter((m) => m && m < n).map(sizeLabel);
        const failed = smaller.find((l) =>
          results.cases[condition][l][lib].runs.some((r) => r.timeout?.startsWith('first frame')),
        );
        if (n && failed) cell[lib].skipped = `not run (the first frame timed out at ${failed})`;
      }
      for (let i = 0; i < runsFor(n); i++) {
        for (const lib of LIBS) {
          if (cell[lib].skipped) continue;
          if ((Date.now() - started) / 60_000 > BUDGET) {
            if (!cell[lib].runs.length) cell[lib].skipped = `not run (the ${BUDGET}-minute budget ran out)`;
            else cell[lib].oneRun ??= `${cell[lib].runs.length} of ${runsFor(n)} runs: the time budget ran out`;
            continue;
          }
          // After a first-frame timeout, the other runs of that case would time out too.
          if (cell[lib].runs.some((r) => r.timeout?.startsWith('first frame'))) continue;
          // A case whose first run took more than SLOW_CASE s keeps that one run (the time goes to the other cases).
          if (cell[lib].runs[0]?.seconds > SLOW_CASE) {
            cell[lib].oneRun = `one run: a run takes ${cell[lib].runs[0].seconds.toFixed(0)} s`;
            continue;
          }
          // DOM counts are taken in the first run only (they are the same from run to run).
          const r = await measureOnce(browser, base, lib, n, condition, { nodes: i === 0 });
          cell[lib].runs.push(r);
          const what = r.timeout
            ? `timeout (${r.timeout})`
            : r.error
              ? `error: ${r.error}`
              : `first frame ${fmt(r.firstFrame)} ms, zoom p95 ${fmt(r.zoomSynthetic.p95)} / ${fmt(r.zoomReal.p95)} ms`;
          process.stderr.write(
            `${condition} · ${label} · ${lib} · run ${i + 1}: ${what} (${r.seconds.toFixed(0)} s)\n`,
          );
        }
      }
      for (const lib of LIBS) cell[lib].summary = summarize(cell[lib].runs);
    }
  }
  results.weights = { ...(await bundleWeights()), peers: await peerWeights() };
} finally {
  await browser.close();
  server.close();
}
results.machine.loadAverageAtEnd = os.loadavg().map((x) => Math.round(x * 100) / 100);
results.minutes = Math.round((Date.now() - started) / 600) / 100;
await writeFile(new URL('./results.json', import.meta.url), `${JSON.stringify(results, null, 1)}\n`);
const md = renderMarkdown(results);
await writeFile(new URL('./results.md', import.meta.url), `${md}\n`);
console.log(md);
if (WRITE_README) {
  await updateReadme(md);
  console.log('\nREADME.md: table between the bench markers replaced.');
}
