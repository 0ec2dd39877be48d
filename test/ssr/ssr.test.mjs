// Server-side use of the published package, as a host that renders on the server would meet it:
// - importing the package (and its self-contained bundle) in plain Node throws nothing;
// - @lit-labs/ssr renders <mongolia-timeline> into a declarative shadow root holding the controls and the partner
//   chips, with and without `lang`, with Lit's own shim only (no install-global-dom-shim);
// - in Chromium, @lit-labs/ssr-client hydrates that output without an error and the chart then draws.
// The package is the one `npm pack` makes, unpacked under test/ssr/.pack/node_modules (its dependencies resolve from
// the root's node_modules). Run after `npm run build`:  node --test test/ssr/
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { render } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import { html } from 'lit';

const run = promisify(execFile);
const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = resolve(HERE, '../..');
const PACK = join(HERE, '.pack');
const PACKAGE = join(PACK, 'node_modules/mongolia-timeline');
// A module beside the unpacked package: `import('mongolia-timeline')` in it resolves the package as a host's would.
const PROBE = join(PACK, 'node_modules/.ssr-probe/index.mjs');

// The interface strings the rendered controls must carry (src/i18n/en.ts and mn.ts).
const LABELS = {
  en: { zoomIn: 'Zoom in', all: 'All' },
  mn: { zoomIn: 'Томруулах', all: 'Бүгд' },
};

before(async () => {
  assert.ok(existsSync(join(ROOT, 'dist/index.js')), 'dist/ is missing: run `npm run build` first');
  const tmp = mkdtempSync(join(tmpdir(), 'mt-ssr-pack-'));
  try {
    const { stdout } = await run('npm', ['pack', '--json', '--pack-destination', tmp], { cwd: ROOT });
    const [{ filename }] = JSON.parse(stdout);
    rmSync(PACK, { recursive: true, force: true });
    mkdirSync(PACKAGE, { recursive: true });
    await run('tar', ['-xzf', join(tmp, filename), '-C', PACKAGE, '--strip-components=1']);
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
  mkdirSync(dirname(PROBE), { recursive: true });
  writeFileSync(PROBE, "export const load = () => import('mongolia-timeline');\n");
});

after(() => rmSync(PACK, { recursive: true, force: true }));

/** Imports `specifier` from beside the unpacked package in a fresh Node process; resolves with its failure, if any. */
async function importInFreshNode(specifier) {
  const code = `await import(${JSON.stringify(specifier)});`;
  try {
    await run(process.execPath, ['--input-type=module', '-e', code], { cwd: dirname(PROBE) });
    return null;
  } catch (e) {
    // The first line that names an error, e.g. "ReferenceError: HTMLElement is not defined".
    const lines = String(e.stderr).split('\n');
    return lines.find((l) => /^\w*Error\b/.test(l)) ?? lines.filter(Boolean).slice(0, 3).join(' / ');
  }
}

describe('importing on the server', () => {
  test("import('mongolia-timeline') from the packed package throws nothing", async () => {
    const failure = await importInFreshNode('mongolia-timeline');
    assert.equal(failure, null, `import('mongolia-timeline') threw: ${failure}`);
  });

  test("import('mongolia-timeline/bundle') (dist/mongolia-timeline.bundle.js) throws nothing", async () => {
    const failure = await importInFreshNode('mongolia-timeline/bundle');
    assert.equal(failure, null, `import('mongolia-timeline/bundle') threw: ${failure}`);
  });
});

/** Server-renders a template and returns the HTML, or throws what rendering threw. */
async function ssr(template) {
  const { load } = await import(pathToFileURL(PROBE).href);
  const mod = await load();
  assert.equal(
    customElements.get('mongolia-timeline'),
    mod.MongoliaTimeline,
    'the package registered <mongolia-timeline>',
  );
  return collectResult(render(template));
}

/** The declarative shadow root of the first <mongolia-timeline> in `out`: its template's content. */
function shadowOf(out) {
  const open = out.match(/<mongolia-timeline\b[^>]*>\s*<template\s[^>]*shadowrootmode="open"[^>]*>/);
  assert.ok(
    open,
    `no declarative shadow root (<template shadowrootmode="open">) right inside <mongolia-timeline>:\n${out.slice(0, 400)}`,
  );
  const start = open.index + open[0].length;
  const end = out.lastIndexOf('</template>');
  assert.ok(end > start, 'the shadow root template is not closed');
  // Without Lit's hydration markers (<!--lit-part-->, <!--lit-node n-->), which sit around every binding.
  return out.slice(start, end).replace(/<!--[\s\S]*?-->/g, '');
}

function assertControls(shadow, lang) {
  const { zoomIn, all } = LABELS[lang];
  assert.match(shadow, /part="controls"/, 'no controls bar (part="controls")');
  assert.match(
    shadow,
    new RegExp(`<button[^>]*aria-label="${zoomIn}"`),
    `no zoom-in button labelled "${zoomIn}" (${lang})`,
  );
  const chips = shadow.match(/<button\b[^>]*part="chip"[^>]*>/g) ?? [];
  assert.ok(chips.length > 2, `expected the "All" chip and a chip per partner, found ${chips.length}`);
  const allChip = chips.find((c) => /data-partner=""/.test(c));
  assert.ok(allChip, 'no "All" chip (data-partner="")');
  assert.match(allChip, /aria-pressed="true"/, '"All" is not pressed although no partner is chosen');
  assert.ok(
    chips.some((c) => /data-partner="ru"/.test(c)),
    'no chip for Russia (data-partner="ru")',
  );
  assert.ok(
    chips.filter((c) => !/data-partner=""/.test(c)).every((c) => /aria-pressed="false"/.test(c)),
    'a partner chip is pressed although no partner is chosen',
  );
  assert.match(
    shadow,
    new RegExp(`part="chip"[^>]*data-partner=""[^>]*>\\s*${all}\\s*<`),
    `"All" chip not labelled "${all}" (${lang})`,
  );
  assert.match(shadow, /part="timeline"/, 'no chart area (part="timeline")');
}

describe("server-side rendering with @lit-labs/ssr (Lit's own shim only)", () => {
  test('<mongolia-timeline> without lang renders a declarative shadow root with the controls, in English', async () => {
    const out = await ssr(html`<mongolia-timeline></mongolia-timeline>`);
    assertControls(shadowOf(out), 'en');
  });

  test('<mongolia-timeline lang="mn"> renders a declarative shadow root with the controls, in Mongolian', async () => {
    const out = await ssr(html`<mongolia-timeline lang="mn"></mongolia-timeline>`);
    assertControls(shadowOf(out), 'mn');
  });
});

/** A browser bundle of the client: Lit's hydrate support first, then the packed package (one copy of Lit). */
async function clientBundle() {
  const { rollup } = await import('rollup');
  const { nodeResolve } = await import('@rollup/plugin-node-resolve');
  const entry = join(dirname(PROBE), 'client.mjs');
  writeFileSync(entry, "import '@lit-labs/ssr-client/lit-element-hydrate-support.js';\nimport 'mongolia-timeline';\n");
  const bundle = await rollup({
    input: entry,
    plugins: [nodeResolve({ browser: true })],
    onwarn: (w, warn) => w.code !== 'THIS_IS_UNDEFINED' && warn(w),
  });
  // Chunks as a host's bundler makes them: the bundled dataset is one of its own, loaded on demand.
  const { output } = await bundle.generate({ format: 'es', entryFileNames: 'client.js' });
  await bundle.close();
  return new Map(output.filter((o) => o.type === 'chunk').map((o) => [`/${o.fileName}`, o.code]));
}

describe('hydration in Chromium with @lit-labs/ssr-client', () => {
  let client;
  let browser;
  const launch = async () => {
    client ??= await clientBundle();
    const { launchChromium } = await import('../../scripts/browser.mjs');
    browser ??= await launchChromium();
    return browser;
  };
  after(async () => browser?.close());

  /** Serves `body` (server-rendered) with the client bundle after it, opens it, and reports what happened. */
  async function hydrate(body) {
    const page = `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>SSR</title></head><body>
${body}
<script>
  // Marks the server-rendered controls: after hydration the very same node must still be there.
  const root = document.querySelector('mongolia-timeline').shadowRoot;
  window.ssrRoot = !!root;
  if (root) root.querySelector('.controls').dataset.fromServer = '1';
</script>
<script type="module" src="/client.js"></script>
</body></html>`;
    const server = createServer((req, res) => {
      if (client.has(req.url)) res.writeHead(200, { 'content-type': 'text/javascript' }).end(client.get(req.url));
      else if (req.url === '/') res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(page);
      else res.writeHead(404).end();
    });
    await new Promise((r) => server.listen(0, '127.0.0.1', r));
    const b = await launch();
    const tab = await b.newPage();
    const errors = [];
    tab.on('pageerror', (e) => errors.push(`pageerror: ${e.message.split('\n')[0]}`));
    tab.on('console', (m) => m.type() === 'error' && errors.push(`console.error: ${m.text()}`));
    try {
      await tab.setViewport({ width: 1280, height: 800 });
      await tab.goto(`http://127.0.0.1:${server.address().port}/`, { waitUntil: 'load' });
      const state = await tab.evaluate(async () => {
        const el = document.querySelector('mongolia-timeline');
        await customElements.whenDefined('mongolia-timeline');
        const marks = () => el.shadowRoot?.querySelectorAll('[part~="event"], [part~="cluster"]').length ?? 0;
        for (let i = 0; i < 100 && !marks(); i++) await new Promise((r) => setTimeout(r, 50));
        return {
          ssrRoot: window.ssrRoot,
          kept: el.shadowRoot?.querySelector('.controls')?.dataset.fromServer === '1',
          chart: !!el.shadowRoot?.querySelector('.chart'),
          marks: marks(),
        };
      });
      return { ...state, errors };
    } finally {
      await tab.close();
      server.close();
    }
  }

  for (const [name, template] of [
    ['<mongolia-timeline lang="mn">', html`<mongolia-timeline lang="mn"></mongolia-timeline>`],
    ['<mongolia-timeline> without lang', html`<mongolia-timeline></mongolia-timeline>`],
  ]) {
    test(`${name}: the server's output hydrates without an error and the chart draws`, async () => {
      const body = await ssr(template);
      const r = await hydrate(body);
      assert.ok(r.ssrRoot, 'the browser did not attach the declarative shadow root');
      assert.deepEqual(r.errors, [], 'errors while hydrating');
      assert.ok(r.kept, 'the server-rendered shadow DOM was replaced rather than hydrated');
      assert.ok(r.chart && r.marks > 0, `the chart did not draw after hydration (${r.marks} marks)`);
    });
  }
});
