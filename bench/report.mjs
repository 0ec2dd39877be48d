// The bench's tables: bench/results.md and README.md's "Speed and size" table from bench/results.json.
// `node bench/report.mjs` prints the markdown of the last run; `--readme` also replaces the README's table (between
// `<!-- bench:start -->` and `<!-- bench:end -->`), so a table can be rebuilt without measuring again.
import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

/** The conditions a case can run under, as printed above their tables. */
export const CONDITIONS = {
  idle: { title: 'Idle', how: 'no throttling, nothing else started by the bench' },
  throttled: {
    title: '4× CPU throttling',
    how: "CDP Emulation.setCPUThrottlingRate {rate: 4} from page load on: Chromium's mid-tier phone",
  },
  busy: { title: 'Busy core', how: 'a separate Node process spins on one core for the whole case, killed after it' },
};

export const sizeLabel = (n) => (n ? `${n.toLocaleString('en')} events` : 'bundled dataset');

/** Named getters of a run's figures; a run that lacks one (a timeout before it) has none. */
export const METRICS = {
  firstFrame: (r) => r.firstFrame,
  scriptReady: (r) => r.scriptReady,
  zoomSyntheticP95: (r) => r.zoomSynthetic?.p95,
  zoomSyntheticMedian: (r) => r.zoomSynthetic?.median,
  zoomSyntheticLongTasks: (r) => r.zoomSynthetic?.longTasks,
  zoomRealP95: (r) => r.zoomReal?.p95,
  zoomRealMedian: (r) => r.zoomReal?.median,
  zoomRealLongTasks: (r) => r.zoomReal?.longTasks,
  panP95: (r) => r.pan?.p95,
  panMedian: (r) => r.pan?.median,
  panLongTasks: (r) => r.pan?.longTasks,
  nodes: (r) => r.nodes?.max,
  nodesLarge: (r) => r.nodesLarge?.max,
  heapMB: (r) => r.heapMB,
};

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

/** Median, min and max of every metric over the runs that have it. */
export function summarize(runs) {
  const out = {};
  for (const [name, get] of Object.entries(METRICS)) {
    const xs = runs.map(get).filter((x) => typeof x === 'number' && Number.isFinite(x));
    if (xs.length) out[name] = { median: median(xs), min: Math.min(...xs), max: Math.max(...xs), n: xs.length };
  }
  return out;
}

export const fmt = (x) =>
  x === undefined || Number.isNaN(x) ? '–' : x >= 100 ? x.toFixed(0) : x >= 10 ? x.toFixed(1) : x.toFixed(2);
const fmtCount = (x) => (Number.isInteger(x) ? String(x) : x.toFixed(1));

/** "median (min–max)", the range left out when the runs agree or there is one. */
function stat(s, f = fmt) {
  if (!s) return null;
  return s.min === s.max ? f(s.median) : `${f(s.median)} (${f(s.min)}–${f(s.max)})`;
}

/** Why a library has no figure in a case: not run, skipped, a timeout or an error, from its runs. */
function missing(lib) {
  if (!lib) return 'not run';
  if (lib.skipped) return lib.skipped;
  const r = lib.runs.find((x) => x.timeout || x.error);
  if (r?.timeout) return `timeout: ${r.timeout}`;
  if (r?.error) return `error: ${r.error}`;
  return lib.runs.length ? '–' : 'not run';
}

/** A gesture's cell: frame p95 and long tasks, with a mark when the gesture ran out of time before its 60 steps. */
function gestureCell(lib, key, p95, longTasks, notes) {
  const s = lib?.summary ?? {};
  if (!s[p95]) return missing(lib);
  const short = lib.runs.filter((r) => r[key]?.timedOut);
  let mark = '';
  if (short.length) {
    const steps = short.map((r) => r[key].steps);
    notes.add('†');
    mark = ` † (${Math.min(...steps)}–${Math.max(...steps)} steps)`;
  }
  return `${stat(s[p95])} ms / ${stat(s[longTasks], fmtCount)}${mark}`;
}

function nodesCell(lib, notes) {
  const s = lib?.summary ?? {};
  if (!s.nodes && !s.nodesLarge) return missing(lib);
  const short = lib.runs.some((r) => r.nodes?.timedOut || r.nodesLarge?.timedOut);
  if (short) notes.add('†');
  return `${stat(s.nodes, fmtCount) ?? '–'} / ${stat(s.nodesLarge, fmtCount) ?? '–'}${short ? ' †' : ''}`;
}

const plain = (lib, name, unit = '') => {
  const s = lib?.summary?.[name];
  return s ? `${stat(s)}${unit}` : missing(lib);
};

/** The first-frame cell, which also says how many runs timed out or failed when some did and others did not. */
function firstFrameCell(lib) {
  const cell = plain(lib, 'firstFrame', ' ms');
  const bad = lib?.runs.filter((r) => r.timeout || r.error) ?? [];
  return lib?.summary?.firstFrame && bad.length
    ? `${cell} (${bad.length} of ${lib.runs.length} runs: ${bad[0].timeout ? `timeout, ${bad[0].timeout}` : `error, ${bad[0].error}`})`
    : cell;
}

/** Every cell but the first frame's is a dash when the first frame never came: the reason is in the first cell. */
const afterLoad = (lib, cell) => (lib?.summary?.firstFrame ? cell : '–');

/** The markdown of a results object: a header, one table per condition, the bundle weights. */
export function renderMarkdown(results) {
  const { machine: m, settings: st } = results;
  const lines = [];
  const runs =
    st.runs100k < st.runs && st.sizes.some((n) => n >= 100_000)
      ? `${st.runs} runs per case (${st.runs100k} at 100,000 events, to keep the bench under 25 minutes)`
      : `${st.runs} runs per case`;
  lines.push(
    `Benchmark ${results.date.slice(0, 10)} · ${m.cores} × ${m.cpu}, ${m.memoryGiB} GiB · load average at start ` +
      `${m.loadAverageAtStart.join(', ')} · ${results.browser} · median (min–max) of ${runs}, ours and vis-timeline ` +
      `interleaved · ${results.minutes} min in all` +
      (m.loadAverageAtStart[0] > m.cores
        ? ` · the machine was busy before the bench started (load average over ${m.cores}): figures are noisier`
        : ''),
  );
  lines.push('');
  lines.push(
    `The element is ${st.element.width} × ${st.element.height} in a ${st.viewport.width} × ${st.viewport.height} ` +
      `viewport. First frame: from setting the data to the first painted frame that shows it. Gestures have ` +
      `${st.steps} steps, one per animation frame: zoom is ${st.steps / 2} Ctrl+wheel steps in and ${st.steps / 2} out ` +
      `(each a ${st.wheelDeltaY} px notch with wheelDelta 120, as Chrome sends a mouse-wheel notch: 1.23× in ours, ` +
      `1.2× in vis-timeline), dispatched in the page (synthetic) or as CDP mouseWheel input (real input); pan is a ${st.steps}-move mouse drag of ${st.panPx} px a move over 1960–1980. Frame p95 is over the ` +
      `rAF intervals of the gesture; long tasks are counted over the gesture and the ${st.settleMs} ms after it. ` +
      `DOM nodes: the most in the component (its shadow root; vis-timeline's container) at any step of a zoom ` +
      `gesture and after it settles, at ${st.element.width} × ${st.element.height} / ${st.elementLarge.width} × ` +
      `${st.elementLarge.height}, in the first run of each case. Heap: JS heap after forced GC at the end of the run.`,
  );
  for (const cond of st.conditions) {
    const byCase = results.cases[cond.id] ?? {};
    const notes = new Set();
    lines.push('');
    lines.push(`**${cond.title}** (${cond.how})`);
    lines.push('');
    lines.push(
      '| dataset | | first frame | zoom p95 / long tasks, synthetic wheel | zoom p95 / long tasks, real input | ' +
        `pan p95 / long tasks | max DOM nodes, ${st.element.width}×${st.element.height} / ` +
        `${st.elementLarge.width}×${st.elementLarge.height} | heap after GC |`,
    );
    lines.push('|---|---|---|---|---|---|---|---|');
    for (const [label, libs] of Object.entries(byCase)) {
      for (const [lib, name] of [
        ['ours', 'mongolia-timeline'],
        ['vis', 'vis-timeline'],
      ]) {
        if (!st.libs.includes(lib)) continue;
        const x = libs[lib];
        if (x?.oneRun) notes.add('‡');
        lines.push(
          `| ${lib === st.libs[0] ? label : ''} | ${name}${x?.oneRun ? ' ‡' : ''} | ${firstFrameCell(x)} | ` +
            [
              gestureCell(x, 'zoomSynthetic', 'zoomSyntheticP95', 'zoomSyntheticLongTasks', notes),
              gestureCell(x, 'zoomReal', 'zoomRealP95', 'zoomRealLongTasks', notes),
              gestureCell(x, 'pan', 'panP95', 'panLongTasks', notes),
              nodesCell(x, notes),
              plain(x, 'heapMB', ' MB'),
            ]
              .map((c) => afterLoad(x, c))
              .join(' | ') +
            ' |',
        );
      }
    }
    const ready = Object.entries(byCase)
      .map(([label, libs]) => [label, libs.ours?.summary?.scriptReady])
      .filter(([, x]) => x);
    if (ready.length)
      lines.push(
        '',
        'mongolia-timeline script ready (navigation start to the tag defined: the bundle fetched, parsed and run, ' +
          `its dataset included): ${ready.map(([label, x]) => `${stat(x)} ms (${label} page)`).join(', ')}.`,
      );
    if (notes.has('‡'))
      lines.push(
        '',
        `‡ fewer runs: the case's first run took more than ${st.slowCaseS} s, or the ${st.budgetMin}-minute budget ` +
          'ran out; the others were left out to keep the bench under 25 minutes (results.json says which).',
      );
    if (notes.has('†'))
      lines.push(
        '',
        `† a gesture ran out of its ${st.gestureTimeoutMs / 1000} s before its ${st.steps} steps (the steps it made ` +
          'in brackets): its figures are over those steps.',
      );
  }
  const w = results.weights;
  if (w) {
    lines.push('');
    lines.push('| bundle | min (B) | gzip (B) | brotli (B) |');
    lines.push('|---|---|---|---|');
    for (const [name, x] of [
      ['mongolia-timeline: code (lit, d3, ours)', w.code],
      ['mongolia-timeline: bundled dataset', w.data],
      ['mongolia-timeline: whole bundle', w.full],
      ...Object.entries(w.peers),
    ])
      lines.push(`| ${name} | ${x.min} | ${x.gzip} | ${x.brotli} |`);
  }
  return lines.join('\n');
}

const README = new URL('../README.md', import.meta.url);
const BLOCK = /(<!-- bench:start -->\n)[\s\S]*?(<!-- bench:end -->)/;

/** Replaces the README's table between its bench markers (only there); fails if the markers are missing. */
export async function updateReadme(markdown) {
  const readme = await readFile(README, 'utf8');
  if (!BLOCK.test(readme)) throw new Error('README.md has no <!-- bench:start --> … <!-- bench:end --> block');
  await writeFile(
    README,
    readme.replace(BLOCK, (_, start, end) => `${start}${markdown}\n${end}`),
  );
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const results = JSON.parse(await readFile(new URL('./results.json', import.meta.url), 'utf8'));
  const md = renderMarkdown(results);
  console.log(md);
  if (process.argv.includes('--readme')) await updateReadme(md);
}
