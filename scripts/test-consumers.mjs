// Tests the published package the way host apps use it: packs the root with `npm pack`, installs the tarball into
// test/consumers (three Vite + TypeScript apps: React 19, Vue 3, Svelte 5), checks that every `exports` target and
// every module path of custom-elements.json is in it, type-checks each app against the package's own typings (tsc,
// vue-tsc, svelte-check; each app also has a file of lines that must not compile), builds each app with
// `vite build`, serves it on 127.0.0.1 and drives it in headless Chromium: the chart draws, a partner chip and an
// event reach the app as `mt-filter-change` and `mt-select`, and the app setting `partners` and `query` to undefined
// (each framework's own way) shows everything again, with no page error and no console error. The React app is
// driven twice: with the bare tag and with the `mongolia-timeline/react` wrapper (`react-wrapper`, `?wrapper`).
// A fourth app, Next.js 16 (App Router), is built with `next build` (which type-checks it and prerenders its pages as
// static HTML) and served with `next start`: right after hydration, with no other render in between, the wrapper's
// `onFilterChange` and `onSelect` hear the reader's first click (`next`), while the bare tag's `onmt-*` props still
// miss it, as the docs say (`next-bare`, `/bare`).
//
// Run from the repository root after `npm run build`:  node scripts/test-consumers.mjs
// Ends with "N passed, N failed" and exits non-zero on any failure. APPS=react,vue picks apps.
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { dirname, extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { stripVTControlCharacters } from 'node:util';
import puppeteer from 'puppeteer-core';
import { CHROMIUM, CHROMIUM_ARGS } from './browser.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const CONSUMERS = join(ROOT, 'test/consumers');
const MODULES = join(CONSUMERS, 'node_modules');
const LOCK_STAMP = join(MODULES, '.consumers-lock.sha256');
const APPS = (process.env.APPS ?? 'react,react-wrapper,vue,svelte,next,next-bare').split(',').filter(Boolean);
/** Apps driven from another app's build: its directory and the path (or query string) that picks the variant. */
const VARIANTS = { 'react-wrapper': { dir: 'react', path: '?wrapper' }, 'next-bare': { dir: 'next', path: 'bare' } };
const dirOf = (app) => VARIANTS[app]?.dir ?? app;
const DIRS = [...new Set(APPS.map(dirOf))];
const WAIT = 10_000;
// Next.js would otherwise send anonymous telemetry from `next build` and `next start`.
process.env.NEXT_TELEMETRY_DISABLED = '1';

const started = performance.now();
const results = [];
const ms = (t) => `${((performance.now() - t) / 1000).toFixed(1)} s`;
const sha256 = (file) => createHash('sha256').update(readFileSync(file)).digest('hex');

function check(name, ok, detail = '') {
  results.push({ name, ok });
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${name}${detail ? ` — ${detail}` : ''}`);
  return ok;
}

/** Runs a command, streaming nothing; resolves with its output, rejects with it on a non-zero exit. */
function run(cmd, args, cwd) {
  return new Promise((done, fail) => {
    const child = spawn(cmd, args, { cwd, env: { ...process.env, NO_COLOR: '1' }, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (out += d));
    child.on('error', fail);
    child.on('close', (code) =>
      code === 0 ? done(out) : fail(new Error(`${cmd} ${args.join(' ')} exited ${code}\n${out}`)),
    );
  });
}

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.map': 'application/json',
  '.svg': 'image/svg+xml',
};

/** A static server for one built app on 127.0.0.1 (a random port); unknown paths get its index.html. */
function serveDir(dir) {
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    let file = normalize(join(dir, path));
    if (!file.startsWith(dir + sep) && file !== dir) return res.writeHead(403).end();
    try {
      if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
    } catch {
      file = join(dir, 'index.html');
    }
    try {
      const body = await readFile(file);
      res.writeHead(200, {
        'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
        'cache-control': 'no-store',
      });
      res.end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  return new Promise((done) => server.listen(0, '127.0.0.1', () => done(server)));
}

// --- 1. Pack the root and install the tarball into test/consumers, leaving its lockfile as it is. ---

async function install() {
  for (const f of ['dist/index.js', 'dist/mongolia-timeline.bundle.js']) {
    if (!existsSync(join(ROOT, f))) throw new Error(`${f} is missing: run \`npm run build\` first`);
  }
  const t = performance.now();
  const tmp = mkdtempSync(join(tmpdir(), 'mt-pack-'));
  const [packed] = JSON.parse(await run('npm', ['pack', '--json', '--pack-destination', tmp], ROOT));
  const tgz = join(tmp, packed.filename);
  console.log(
    `packed ${packed.filename}: ${packed.entryCount} files, ${(packed.size / 1024).toFixed(0)} KiB (${ms(t)})`,
  );

  const lock = join(CONSUMERS, 'package-lock.json');
  const lockHash = sha256(lock);
  const stamp = existsSync(LOCK_STAMP) ? readFileSync(LOCK_STAMP, 'utf8').trim() : '';
  if (stamp !== lockHash) {
    const t1 = performance.now();
    await run('npm', ['ci', '--no-audit', '--no-fund'], CONSUMERS);
    writeFileSync(LOCK_STAMP, lockHash + '\n');
    console.log(
      `npm ci in test/consumers (${existsSync(MODULES) ? 'lockfile changed or first run' : 'first run'}): ${ms(t1)}`,
    );
  }
  // `npm install --no-save` installs the tarball and the dependencies it declares (as a host's install would),
  // without writing package.json or package-lock.json, so `npm ci` stays reproducible. Removing the old copy first
  // makes npm take the new tarball even when its version did not change.
  const t2 = performance.now();
  rmSync(join(MODULES, 'mongolia-timeline'), { recursive: true, force: true });
  await run('npm', ['install', '--no-save', '--no-audit', '--no-fund', tgz], CONSUMERS);
  console.log(`npm install --no-save ${packed.filename}: ${ms(t2)}`);
  check('consumers: installing the tarball left package-lock.json unchanged', sha256(lock) === lockHash);
  const installed = JSON.parse(readFileSync(join(MODULES, 'mongolia-timeline/package.json'), 'utf8'));
  const fromTarball =
    existsSync(join(MODULES, 'mongolia-timeline/dist/index.js')) && !existsSync(join(MODULES, 'mongolia-timeline/src'));
  check(
    'consumers: node_modules/mongolia-timeline is the packed package',
    fromTarball && installed.version === packed.version,
    `version ${installed.version}`,
  );
  rmSync(tmp, { recursive: true, force: true });

  // Every file the package points at is in it: each target of `exports`, `web-types`, and each module path of
  // custom-elements.json.
  const pkgDir = join(MODULES, 'mongolia-timeline');
  const targets = (v) => (typeof v === 'string' ? [v] : Object.values(v ?? {}).flatMap(targets));
  const wanted = [...targets(installed.exports), installed['web-types'], installed.customElements].filter(Boolean);
  const manifest = JSON.parse(readFileSync(join(pkgDir, installed.customElements), 'utf8'));
  for (const m of manifest.modules) {
    wanted.push(m.path, ...(m.exports ?? []).map((e) => e.declaration?.module).filter(Boolean));
  }
  const absent = [...new Set(wanted)].filter((f) => !existsSync(join(pkgDir, f)));
  check(
    'consumers: every exports target and custom-elements.json module path is in the package',
    absent.length === 0,
    absent.length ? `missing: ${absent.join(', ')}` : `${new Set(wanted).size} files`,
  );
}

// --- 1b. Type-check each app against the package's own typings. ---

/**
 * svelte-check's errors, as "file:line message", from its machine output. Svelte has no expect-error comment in
 * markup, so svelte/src/TypeErrors.svelte's errors are listed here and must be exactly what svelte-check reports.
 */
const SVELTE_EXPECTED = [
  "src/TypeErrors.svelte:8 Type 'number' is not assignable to type 'string'.",
  'src/TypeErrors.svelte:9 Type \'"grid"\' is not assignable to type',
  "src/TypeErrors.svelte:10 Property 'id' does not exist on type 'SelectDetail'.",
  "src/TypeErrors.svelte:11 Property 'partner' does not exist on type 'FilterChangeDetail'.",
];

async function typecheck(dir) {
  const t = performance.now();
  const bin = (p) => join(MODULES, p);
  try {
    if (dir === 'react') {
      await run(process.execPath, [bin('typescript/bin/tsc'), '-p', 'react/tsconfig.json'], CONSUMERS);
      check('react: tsc type-checks the app (bare tag and wrapper) and rejects src/type-errors.tsx', true, ms(t));
    } else if (dir === 'vue') {
      await run(process.execPath, [bin('vue-tsc/bin/vue-tsc.js'), '--noEmit', '-p', 'vue/tsconfig.json'], CONSUMERS);
      check('vue: vue-tsc type-checks the app and rejects src/TypeErrors.vue', true, ms(t));
    } else if (dir === 'svelte') {
      const args = [bin('svelte-check/bin/svelte-check'), '--workspace', 'svelte', '--output', 'machine'];
      const out = await run(process.execPath, args, CONSUMERS).catch((e) => e.message);
      const errors = [...out.matchAll(/^\d+ ERROR "([^"]+)" (\d+):\d+ "(.*)"$/gm)].map(
        ([, file, line, text]) => `${file}:${line} ${text.replaceAll('\\"', '"')}`,
      );
      const unexpected = errors.filter((e) => !SVELTE_EXPECTED.some((x) => e.startsWith(x)));
      const unseen = SVELTE_EXPECTED.filter((x) => !errors.some((e) => e.startsWith(x)));
      check(
        'svelte: svelte-check type-checks the app and rejects src/TypeErrors.svelte (exactly its 4 errors)',
        /COMPLETED/.test(out) && !unexpected.length && !unseen.length,
        unexpected.length || unseen.length
          ? `unexpected: ${unexpected.join(' | ') || 'none'}; not reported: ${unseen.join(' | ') || 'none'}`
          : ms(t),
      );
    }
  } catch (e) {
    check(`${dir}: type-check against the package's typings`, false, e.message.slice(0, 2000));
  }
}

// --- 2. Drive one built app in Chromium. ---

/** The element's state as a host can see it: marks, chips and their aria-pressed, the search box, the app's outputs. */
function snapshot() {
  const el = document.querySelector('mongolia-timeline');
  const root = el?.shadowRoot;
  const chips = [...(root?.querySelectorAll('[part~="chip"]') ?? [])].map((c) => ({
    id: c.getAttribute('data-partner'),
    pressed: c.getAttribute('aria-pressed'),
  }));
  return {
    chart: !!root?.querySelector('.chart'),
    events: root?.querySelectorAll('[part~="event"]').length ?? 0,
    marks: root?.querySelectorAll('[part~="event"], [part~="cluster"]').length ?? 0,
    chips,
    pressed: chips.filter((c) => c.pressed === 'true').map((c) => c.id),
    search: root?.querySelector('[part~="search"]')?.value ?? null,
    detail: !!root?.querySelector('[part~="detail"]'),
    last: document.getElementById('last-event')?.textContent ?? '',
    count: Number(document.getElementById('event-count')?.textContent ?? NaN),
    // The Next.js app's commits of its component (written by app/commit-count.ts; 0 until hydrated).
    commits: Number(document.body.dataset.commits ?? 0),
  };
}

/** An event mark that a mouse click at its centre reaches (nothing drawn over it), or null. */
function clickableEvent() {
  const root = document.querySelector('mongolia-timeline').shadowRoot;
  for (const g of root.querySelectorAll('[part~="event"]')) {
    const r = (g.querySelector('.marker, .bar') ?? g).getBoundingClientRect();
    const x = r.left + r.width / 2;
    const y = r.top + r.height / 2;
    if (r.width && root.elementFromPoint(x, y)?.closest('[part~="event"]') === g) return { id: g.dataset.id, x, y };
  }
  return null;
}

/** A page in a fresh browser context that records page errors, console errors and warnings. */
async function openPage(browser) {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  await page.setViewport({ width: 1280, height: 900 });
  const errors = [];
  const warnings = [];
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message.split('\n')[0]}`));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`console.error: ${m.text()}`);
    else if (m.type() === 'warn' || m.type() === 'warning') warnings.push(m.text());
  });
  const state = () => page.evaluate(snapshot);
  /** Waits until `test(state)` holds; returns the last state and whether it held. */
  const until = async (test, timeout = 3000) => {
    const end = Date.now() + timeout;
    let s = await state();
    while (!test(s) && Date.now() < end) {
      await new Promise((r) => setTimeout(r, 50));
      s = await state();
    }
    return { s, ok: test(s) };
  };
  // Waits a few frames for the framework and the element to render. It never awaits `updateComplete`: that would
  // handle the rejection of a failed update, which then never reaches the page as an error.
  const settle = () =>
    page.evaluate(async () => {
      for (let i = 0; i < 3; i++) await new Promise((r) => requestAnimationFrame(() => setTimeout(r)));
    });
  const errorsSince = (n) => (errors.length > n ? `; ${errors.slice(n).join(' | ')}` : '');
  return { page, errors, warnings, state, until, settle, errorsSince, close: () => context.close() };
}

async function driveApp(browser, app, url) {
  const { page, errors, warnings, state, until, settle, errorsSince, close } = await openPage(browser);
  const name = (what) => `${app}: ${what}`;

  try {
    const t = performance.now();
    await page.goto(url, { waitUntil: 'load' });
    const first = await until((s) => s.chart && s.events > 0, WAIT);
    check(
      name('renders the chart with event marks'),
      first.ok,
      `${first.s.events} events, ${first.s.chips.length} chips, ${first.ok ? `first drawn after ${ms(t)}` : `nothing after ${ms(t)}`}${errorsSince(0)}`,
    );
    const allOnly = (s) => s.chips.length > 1 && s.pressed.length === 1 && s.pressed[0] === '';
    check(
      name('first render shows all partners ("All" is the only pressed chip)'),
      allOnly(first.s),
      `pressed: ${JSON.stringify(first.s.pressed)}`,
    );
    if (!first.ok) return;
    await settle();
    const whole = await state();

    // A partner chip, clicked with the mouse inside the shadow root, reaches the app as mt-filter-change.
    let n = errors.length;
    const partner = whole.chips.find((c) => c.id === 'cn')?.id ?? whole.chips.find((c) => c.id)?.id;
    await page.click(`mongolia-timeline >>> [part~="chip"][data-partner="${partner}"]`);
    const filtered = await until((s) => s.last.startsWith('mt-filter-change'));
    const detail = filtered.s.last.replace(/^mt-filter-change /, '');
    check(
      name(`clicking the "${partner}" chip: the app hears mt-filter-change`),
      filtered.ok &&
        detail === JSON.stringify({ partners: [partner], query: '' }) &&
        filtered.s.pressed.join() === partner,
      `#last-event "${filtered.s.last}", pressed ${JSON.stringify(filtered.s.pressed)}${errorsSince(n)}`,
    );

    // An event, clicked with the mouse on its marker, reaches the app as mt-select.
    n = errors.length;
    await settle();
    const target = await page.evaluate(clickableEvent);
    if (!check(name('an event mark can be clicked'), !!target)) return;
    await page.mouse.click(target.x, target.y);
    const selected = await until((s) => s.last.startsWith('mt-select'));
    check(
      name(`clicking event "${target.id}": the app hears mt-select`),
      selected.ok && selected.s.last === `mt-select ${JSON.stringify({ id: target.id })}` && selected.s.detail,
      `#last-event "${selected.s.last}", details ${selected.s.detail ? 'open' : 'closed'}${errorsSince(n)}`,
    );

    // The reader goes back to all partners with the "All" chip, so the app's state (partners undefined) and the
    // element agree again before the app sets its properties.
    await page.click('mongolia-timeline >>> [part~="chip"][data-partner=""]');
    const reset = await until(
      (s) => allOnly(s) && s.last === `mt-filter-change ${JSON.stringify({ partners: [], query: '' })}`,
    );
    check(
      name('clicking "All": the app hears mt-filter-change with no partners'),
      reset.ok,
      `#last-event "${reset.s.last}", pressed ${JSON.stringify(reset.s.pressed)}`,
    );
    await settle();
    const heard = (await state()).count;

    // The app sets partners: undefined shows every partner again, "ru" shows Russia only; no mt-* event fires.
    const click = async (id) => {
      await page.click(`#${id}`);
      await settle();
    };
    const onlyRu = (s) => s.pressed.length === 1 && s.pressed[0] === 'ru';
    let rounds = '';
    let ok = true;
    n = errors.length;
    for (let round = 1; round <= 3 && ok; round++) {
      for (const [button, want, label] of [
        ['clear', allOnly, 'all'],
        ['set-ru', onlyRu, 'ru'],
        ['clear', allOnly, 'all'],
      ]) {
        await click(button);
        const r = await until(want, 1500);
        if (!r.ok) {
          ok = false;
          rounds = `round ${round}: after #${button} expected ${label} but pressed ${JSON.stringify(r.s.pressed)}, el.partners ${await page.evaluate(() => JSON.stringify(document.querySelector('mongolia-timeline').partners) ?? 'undefined')}`;
          break;
        }
      }
    }
    const afterClear = await state();
    check(
      name('#clear (partners undefined) / #set-ru / #clear, three times: chips follow, all partners after #clear'),
      ok && errors.length === n,
      `${rounds || 'all shown after each #clear'}${errorsSince(n)}`,
    );
    check(
      name('after #clear the chart draws as many marks as at first'),
      afterClear.marks === whole.marks,
      `${afterClear.marks} marks now, ${whole.marks} at first`,
    );

    // The app sets query: "border" narrows the events, undefined shows them all and empties the search box.
    n = errors.length;
    ok = true;
    rounds = '';
    for (let round = 1; round <= 3 && ok; round++) {
      await click('query-border');
      const q = await until((s) => s.search === 'border' && s.marks < whole.marks, 1500);
      await click('clear-query');
      const c = await until((s) => s.search === '' && s.marks === whole.marks, 1500);
      if (!q.ok || !c.ok) {
        ok = false;
        rounds = `round ${round}: after #query-border search "${q.s.search}" ${q.s.marks} marks; after #clear-query search ${JSON.stringify(c.s.search)} ${c.s.marks} marks (want "" and ${whole.marks})`;
      }
    }
    check(
      name('#query-border / #clear-query (query undefined), three times: search box and marks follow'),
      ok && errors.length === n,
      `${rounds || `"border" narrows, undefined restores ${whole.marks} marks`}${errorsSince(n)}`,
    );

    const end = await state();
    check(
      name('setting properties fired no mt-* event at the app'),
      end.count === heard,
      `${end.count - heard} events heard after the user's last action`,
    );
  } catch (e) {
    check(name('ran to the end'), false, e.message.split('\n')[0]);
  } finally {
    const unique = [...new Set(errors)];
    check(
      name('no page error and no console error'),
      errors.length === 0,
      errors.length ? `${errors.length}: ${unique.join(' | ')}` : `${warnings.length} warnings`,
    );
    if (warnings.length) console.log(`     ${app} warnings: ${[...new Set(warnings)].join(' | ')}`);
    await close();
  }
}

// --- 2b. The Next.js app: the server's HTML, then the reader's first click right after hydration. ---

const NEXT = join(MODULES, 'next/dist/bin/next');

/** `next build`: type-checks the Next.js app and prerenders it; resolves with the routes it made static. */
async function nextBuild() {
  const out = await run(process.execPath, [NEXT, 'build', 'next'], CONSUMERS);
  return [...out.matchAll(/^[┌├└]\s+○\s+(\S+)$/gm)].map(([, route]) => route);
}

/** Starts `next start` for the built Next.js app on 127.0.0.1 (a random port); resolves with its URL and stop(). */
function nextStart() {
  return new Promise((done, fail) => {
    const args = [NEXT, 'start', 'next', '--hostname', '127.0.0.1', '--port', '0'];
    const child = spawn(process.execPath, args, {
      cwd: CONSUMERS,
      env: { ...process.env, NO_COLOR: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    const stop = () =>
      new Promise((stopped) => {
        if (child.exitCode !== null || child.signalCode !== null) return stopped();
        child.once('exit', () => stopped());
        child.kill();
      });
    const timer = setTimeout(() => {
      void stop();
      fail(new Error(`next start was not ready after ${WAIT} ms\n${out}`));
    }, WAIT);
    const read = (d) => {
      out += stripVTControlCharacters(String(d));
      const url = out.match(/Local:\s+(http:\/\/127\.0\.0\.1:\d+)/)?.[1];
      if (url && /Ready/.test(out)) {
        clearTimeout(timer);
        done({ url: `${url}/`, stop });
      }
    };
    child.stdout.on('data', read);
    child.stderr.on('data', read);
    child.on('error', (e) => (clearTimeout(timer), fail(e)));
    child.on('exit', (code) => (clearTimeout(timer), fail(new Error(`next start exited ${code}\n${out}`))));
  });
}

/**
 * Drives the Next.js app. Its page comes prerendered from the server with the bare `<mongolia-timeline>` tag; each
 * first click gets a fresh page and is made once React has hydrated it and committed nothing since (1 commit of the
 * app's component). `next` (the wrapper, `/`) must hear that click; `next-bare` (the bare tag's `onmt-*` props,
 * `/bare`) must still miss it (react#35446): if React fixes that, this check fails and the docs' caveat can go.
 */
async function driveNext(browser, app, url) {
  const name = (what) => `${app}: ${what}`;
  const wrapper = app === 'next';
  try {
    const res = await fetch(url);
    const html = await res.text();
    // Next.js sends the header twice ("1, 1") for a page it prerendered at build time.
    const prerendered = res.headers.get('x-nextjs-prerender');
    check(
      name('the server sends the prerendered HTML with the <mongolia-timeline> tag'),
      res.ok && /^1\b/.test(prerendered ?? '') && /<mongolia-timeline[\s>]/.test(html),
      `HTTP ${res.status}, x-nextjs-prerender: ${prerendered}, ${html.match(/<mongolia-timeline[^>]*>/)?.[0] ?? 'no tag'}`,
    );
  } catch (e) {
    check(name('the server answers'), false, e.message);
  }

  const errors = [];
  const warnings = [];
  for (const first of ['chip', 'event']) {
    const { page, errors: pageErrors, warnings: pageWarnings, state, until, settle, close } = await openPage(browser);
    try {
      const t = performance.now();
      await page.goto(url, { waitUntil: 'load' });
      const hydrated = await until((s) => s.commits > 0 && s.events > 0, WAIT);
      const before = hydrated.ok
        ? `${hydrated.s.commits} commit${hydrated.s.commits === 1 ? '' : 's'} before the click, hydrated and drawn ${ms(t)} after navigating`
        : `not hydrated and drawn after ${ms(t)} (${hydrated.s.commits} commits, ${hydrated.s.events} events)`;
      let what;
      let prop;
      let want;
      let took;
      if (first === 'chip') {
        what = 'clicking the "cn" chip';
        prop = 'onFilterChange';
        want = `mt-filter-change ${JSON.stringify({ partners: ['cn'], query: '' })}`;
        took = (s) => s.pressed.join() === 'cn';
        if (hydrated.ok) await page.click('mongolia-timeline >>> [part~="chip"][data-partner="cn"]');
      } else {
        const target = hydrated.ok ? await page.evaluate(clickableEvent) : null;
        what = `clicking event "${target?.id}"`;
        prop = 'onSelect';
        want = `mt-select ${JSON.stringify({ id: target?.id })}`;
        took = (s) => s.detail;
        if (target) await page.mouse.click(target.x, target.y);
      }
      const event = want.split(' ')[0];
      const once = hydrated.ok && hydrated.s.commits === 1;
      if (wrapper) {
        const heard = await until((s) => s.last === want && took(s));
        check(
          name(`right after hydration (no other render), ${what}: ${prop} hears ${event}`),
          once && heard.ok,
          `#last-event "${heard.s.last}"; ${before}`,
        );
      } else {
        // The element takes the click (the chip is pressed, the details open); then React has had frames to render
        // what its listener heard, if it heard anything.
        const reacted = await until(took);
        await settle();
        const s = await state();
        check(
          name(`right after hydration, ${what}: the bare tag's onmt-* prop still misses ${event} (react#35446)`),
          once && reacted.ok && s.count === 0 && s.last === '',
          `the element ${reacted.ok ? 'took' : 'did not take'} the click; #event-count ${s.count}; ${before}`,
        );
      }
    } catch (e) {
      check(name(`first click on a ${first}: ran to the end`), false, e.message.split('\n')[0]);
    } finally {
      errors.push(...pageErrors);
      warnings.push(...pageWarnings);
      await close();
    }
  }
  check(
    name('no page error and no console error (hydration included)'),
    errors.length === 0,
    errors.length ? `${errors.length}: ${[...new Set(errors)].join(' | ')}` : `${warnings.length} warnings`,
  );
  if (warnings.length) console.log(`     ${app} warnings: ${[...new Set(warnings)].join(' | ')}`);
}

// --- 3. Build each app, then drive each. ---

const timings = [];
let browser;
const servers = [];
try {
  await install();
  const built = [];
  const t0 = performance.now();
  await Promise.all(DIRS.map(typecheck));
  console.log(`type checks: ${ms(t0)}`);
  for (const dir of DIRS) {
    const t = performance.now();
    const tool = dir === 'next' ? 'next build' : 'vite build';
    try {
      if (dir === 'next') {
        const statics = await nextBuild();
        const ok = ['/', '/bare'].every((r) => statics.includes(r));
        if (ok) built.push(dir);
        check(
          'next: next build type-checks the app and prerenders / and /bare as static HTML',
          ok,
          `static: ${statics.join(' ') || 'none'}; ${ms(t)}`,
        );
      } else {
        await run(process.execPath, [join(MODULES, 'vite/bin/vite.js'), 'build', dir], CONSUMERS);
        built.push(dir);
        check(`${dir}: vite build`, true, ms(t));
      }
    } catch (e) {
      check(`${dir}: ${tool}`, false, e.message.slice(0, 2000));
    }
    timings.push({ dir, tool, build: ms(t) });
  }
  browser = await puppeteer.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
  let next;
  for (const app of APPS.filter((a) => built.includes(dirOf(a)))) {
    const t = performance.now();
    const path = VARIANTS[app]?.path ?? '';
    if (dirOf(app) === 'next') {
      if (!next) {
        next = await nextStart();
        servers.push({ close: next.stop });
      }
      await driveNext(browser, app, `${next.url}${path}`);
    } else {
      const server = await serveDir(join(MODULES, '.builds', dirOf(app)));
      servers.push(server);
      await driveApp(browser, app, `http://127.0.0.1:${server.address().port}/${path}`);
    }
    timings.push({ app, browser: ms(t) });
  }
} catch (e) {
  check('set up', false, e.message.slice(0, 3000));
} finally {
  await browser?.close();
  await Promise.all(servers.map((s) => s.close()));
}

for (const { dir, tool, app, build, browser: b } of timings) {
  console.log(dir ? `${dir}: ${tool} ${build}` : `${app}: in Chromium ${b}`);
}
console.log(`total ${ms(started)}`);
const failed = results.filter((r) => !r.ok).length;
console.log(`${results.length - failed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
