// The element as frameworks and pages drive it: attributes removed, properties set to undefined, null, '' or the
// wrong type before and after the first render, properties set before the tag is defined, methods called before
// layout or while hidden, moving between documents, dates from the page's own calendar. Every case also checks
// that nothing was thrown or rejected anywhere (`pageErrors`).
import { expect, fixture, html, nextFrame, oneEvent } from '@open-wc/testing';
import { sendMouse, setViewport } from '@web/test-runner-commands';
import '../../src/mongolia-timeline.js';
import type { MongoliaTimeline } from '../../src/mongolia-timeline.js';
import { TimelineHarness } from '../helpers/timeline-harness.js';
import { echoUrl, tinyDataset } from '../helpers/fixtures.js';

/** Errors thrown or promises rejected anywhere on the page while a test runs. */
const pageErrors: string[] = [];
const onError = (e: ErrorEvent) => pageErrors.push(e.message);
const onRejection = (e: PromiseRejectionEvent) => pageErrors.push(String(e.reason));

/** Console warnings of the element while a test runs. */
let warnings: string[] = [];
const realWarn = console.warn;

/** What a host reads and sees: the properties, the pressed chips, the search box, the period, the details. */
function visible(t: TimelineHarness) {
  return {
    partners: t.el.partners,
    query: t.el.query,
    pressed: t
      .chips()
      .filter((c) => c.getAttribute('aria-pressed') === 'true')
      .map((c) => c.dataset.partner),
    search: t.root.querySelector<HTMLInputElement>('[part~="search"]')!.value,
    period: t.period(),
    detail: !!t.detail(),
    list: !!t.root.querySelector('[part~="list"]'),
  };
}

/** A URL the test server answers with the tiny dataset. */
const tinyUrl = echoUrl(tinyDataset);

const DEFAULT_VIEW = {
  partners: '',
  query: '',
  pressed: [''],
  search: '',
  period: '1921 – 2021',
  detail: false,
  list: false,
};

describe('<mongolia-timeline> as hosts drive it', () => {
  beforeEach(() => {
    pageErrors.length = 0;
    warnings = [];
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onRejection);
    console.warn = (...args: unknown[]) => {
      warnings.push(args.map(String).join(' '));
      realWarn(...args);
    };
  });
  afterEach(() => {
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
    console.warn = realWarn;
    expect(pageErrors, 'errors on the page').to.deep.equal([]);
  });

  const ATTRIBUTES: [string, string][] = [
    ['start', '1990'],
    ['end', '2000'],
    ['partners', 'ru,cn'],
    ['query', 'border'],
    ['selected', 'un-membership-1961'],
    ['lang', 'mn'],
    ['theme', 'dark'],
    ['view', 'list'],
    ['no-balance', ''],
    ['no-eras', ''],
    ['sync-url', ''],
    ['src', tinyUrl],
  ];

  it('goes back to the default after every attribute is removed, and takes it again', async () => {
    const t = await TimelineHarness.create({}, 800, 480);
    const start = visible(t);
    for (const [name, value] of ATTRIBUTES) {
      t.el.setAttribute(name, value);
      await t.settle();
      t.el.removeAttribute(name);
      await t.settle();
      if (name === 'src') await t.until(() => t.status() === null);
      expect(visible(t), `after removing ${name}`).to.deep.equal(start);
      t.el.setAttribute(name, value);
      await t.settle();
      t.el.removeAttribute(name);
      await t.settle();
    }
    // A removed attribute reads as the documented default, never null.
    expect(t.el.start).to.equal('');
    expect(t.el.selected).to.equal('');
    expect(t.el.lang).to.equal('');
    expect(t.el.theme).to.equal('');
    expect(t.el.view).to.equal('timeline');
    expect(t.el.src).to.equal('');
    expect(warnings).to.deep.equal([]);
  });

  it('clears the filter and the search when a framework sets them to undefined, null or "", three times over', async () => {
    const t = await TimelineHarness.create({}, 800, 480);
    for (const absent of [undefined, null, '', undefined, null, '']) {
      t.el.partners = 'ru';
      t.el.query = 'soviet';
      await t.settle();
      expect(visible(t).pressed).to.deep.equal(['ru']);
      (t.el as unknown as Record<string, unknown>).partners = absent;
      (t.el as unknown as Record<string, unknown>).query = absent;
      await t.settle();
      expect(visible(t), String(absent)).to.deep.equal(DEFAULT_VIEW);
    }
    expect(warnings).to.deep.equal([]);
  });

  it('draws the default view when every property is absent on the first render (Svelte, SSR)', async () => {
    for (const absent of [undefined, null, '']) {
      const el = document.createElement('mongolia-timeline') as MongoliaTimeline;
      const props = el as unknown as Record<string, unknown>;
      for (const p of ['start', 'end', 'partners', 'query', 'selected', 'lang', 'theme', 'view', 'data', 'src']) {
        props[p] = absent;
      }
      for (const p of ['noBalance', 'noEras', 'syncUrl']) props[p] = absent === '' ? false : absent;
      el.style.height = '420px';
      const t = new TimelineHarness(await fixture<MongoliaTimeline>(el));
      await t.settle();
      expect(visible(t), String(absent)).to.deep.equal(DEFAULT_VIEW);
      expect(t.events().length + t.clusters().length).to.be.above(10);
      expect(t.root.querySelector('[part~="balance"]')).to.exist;
      t.el.remove();
    }
    expect(warnings).to.deep.equal([]);
  });

  it('goes back to the bundled data when data is set to null or undefined, without an error event', async () => {
    const t = await TimelineHarness.create({}, 800, 480);
    const bundled = t.shownCount();
    let errors = 0;
    t.el.addEventListener('mt-error', () => errors++);
    for (const absent of [null, undefined]) {
      t.el.data = tinyDataset;
      await t.settle();
      expect(t.shownCount()).to.be.below(bundled);
      (t.el as unknown as Record<string, unknown>).data = absent;
      await t.settle();
      expect(t.shownCount()).to.equal(bundled);
      expect(t.emptyMessage()).to.equal(null);
    }
    expect(errors).to.equal(0);
  });

  it('takes a wrong type with one warning and the default', async () => {
    const t = await TimelineHarness.create({}, 800, 480);
    const props = t.el as unknown as Record<string, unknown>;
    const cases: [string, unknown, unknown][] = [
      ['partners', 42, ''],
      ['query', { q: 'x' }, ''],
      ['lang', 42, ''],
      ['lang', {}, ''],
      ['start', 1990, ''],
      ['theme', 'blue', ''],
      ['view', 7, 'timeline'],
      ['noBalance', 'yes', false],
      ['data', 'events.json', undefined],
    ];
    for (const [name, wrong, fallback] of cases) {
      warnings = [];
      props[name] = wrong;
      await t.settle();
      expect(props[name], name).to.deep.equal(fallback);
      expect(warnings, `${name} = ${JSON.stringify(wrong)}`).to.have.length(1);
    }
    expect(visible(t)).to.deep.equal(DEFAULT_VIEW);
  });

  it('warns about a bad theme once, not again on every change of view', async () => {
    const t = await TimelineHarness.create({ theme: 'sepia' }, 800, 480);
    expect(warnings.filter((w) => w.includes('theme'))).to.have.length(1);
    t.el.view = 'list';
    await t.settle();
    t.el.view = 'timeline';
    await t.settle();
    expect(warnings.filter((w) => w.includes('theme'))).to.have.length(1);
  });

  it('lets properties set before the element is defined win (Lit asks this of every element)', async () => {
    const frame = document.createElement('iframe');
    frame.style.cssText = 'width:820px;height:560px;border:0';
    document.body.append(frame);
    try {
      const doc = frame.contentDocument!;
      const el = doc.createElement('mongolia-timeline') as MongoliaTimeline;
      el.style.height = '460px';
      doc.body.append(el);
      Object.assign(el, { partners: 'ru', start: '1939', end: '1945', query: 'khalkhin', data: undefined });
      const script = doc.createElement('script');
      script.type = 'module';
      script.textContent = `import '${new URL('../../src/mongolia-timeline.ts', import.meta.url).pathname}';`;
      doc.body.append(script);
      const win = frame.contentWindow as Window & typeof globalThis;
      const t0 = performance.now();
      while (!win.customElements.get('mongolia-timeline') && performance.now() - t0 < 8000) await nextFrame();
      const t = new TimelineHarness(el);
      await t.settle();
      expect(el.partners).to.equal('ru');
      expect(t.period()).to.equal('1939 – 1945');
      expect(visible(t).pressed).to.deep.equal(['ru']);
      expect(t.root.querySelector<HTMLInputElement>('[part~="search"]')!.value).to.equal('khalkhin');
    } finally {
      frame.remove();
    }
  });

  it('applies zoomTo from the README snippet at once, and in the task that inserts the element', async () => {
    await setViewport({ width: 900, height: 700 });
    const timeline = document.createElement('mongolia-timeline');
    timeline.style.height = '460px';
    document.body.append(timeline);
    try {
      timeline.zoomTo('1990', '2000');
      await timeline.updateComplete;
      const t = new TimelineHarness(timeline);
      await t.settle();
      expect(t.period()).to.equal('1990 – 2000');
      expect(timeline.start).to.equal('1990-01-01');
      expect(timeline.end).to.equal('2000-12-31');
      // The same window set again as attributes, after the method, is no change and keeps the view.
      timeline.start = '1990-01-01';
      timeline.end = '2000-12-31';
      await t.settle();
      expect(t.period()).to.equal('1990 – 2000');
      timeline.zoomTo('1950', '1960');
      await t.settle();
      expect(t.period()).to.equal('1950 – 1960');
    } finally {
      timeline.remove();
    }
  });

  it('keeps zoomTo called while hidden (display:none, a closed <details>) for when it shows', async () => {
    const hidden = await TimelineHarness.create({}, 800, 480);
    hidden.el.style.display = 'none';
    await hidden.settle();
    hidden.el.zoomTo('1961', '1971');
    await hidden.settle();
    hidden.el.style.display = '';
    await hidden.settle();
    expect(hidden.period()).to.equal('1961 – 1971');

    const details = await fixture<HTMLDetailsElement>(
      html`<details style="width:800px">
        <summary>Timeline</summary>
        <mongolia-timeline style="height:440px"></mongolia-timeline>
      </details>`,
    );
    const el = details.querySelector('mongolia-timeline')!;
    await el.updateComplete;
    el.zoomTo('2001', '2011');
    details.open = true;
    const t = new TimelineHarness(el);
    await t.settle();
    expect(t.period()).to.equal('2001 – 2011');
  });

  it('shows an element that was display:none without a ResizeObserver loop error', async () => {
    const messages: string[] = [];
    const record = (e: ErrorEvent) => messages.push(e.message);
    window.addEventListener('error', record);
    try {
      for (let i = 0; i < 3; i++) {
        const t = await TimelineHarness.create({}, 700, 460);
        t.el.style.display = 'none';
        await t.settle();
        t.el.style.display = '';
        await t.settle();
        t.el.parentElement!.style.width = '0px';
        await t.settle();
        t.el.parentElement!.style.width = '640px';
        await t.settle();
        expect(t.events().length + t.clusters().length).to.be.above(3);
      }
    } finally {
      window.removeEventListener('error', record);
    }
    expect(messages.filter((m) => /ResizeObserver/.test(m))).to.deep.equal([]);
    pageErrors.length = 0;
  });

  it('reads a Date as the calendar date the page shows, and years before 1 AD with four digits', async () => {
    const t = await TimelineHarness.create({}, 1000, 480);
    t.el.zoomTo(new Date(1939, 4, 11), new Date(1939, 8, 16));
    await t.settle();
    expect(t.el.start).to.equal('1939-05-11');
    expect(t.el.end).to.equal('1939-09-16');
    const ancient = {
      partners: [{ id: 'x', name: { en: 'X' }, bloc: 'third', color: '#336699' }],
      events: [
        {
          id: 'a',
          date: '-0356',
          title: { en: 'A' },
          summary: { en: 'A.' },
          partners: ['x'],
          kind: 'visit',
          sources: [{ title: 'S', url: 'https://example.org/a', publisher: 'P' }],
        },
        {
          id: 'b',
          date: '-0300',
          title: { en: 'B' },
          summary: { en: 'B.' },
          partners: ['x'],
          kind: 'visit',
          sources: [{ title: 'S', url: 'https://example.org/b', publisher: 'P' }],
        },
      ],
    };
    t.el.data = ancient as never;
    await t.settle();
    t.el.zoomTo('-0350', '-0320');
    await t.settle();
    expect(t.el.start).to.equal('-0350-01-01');
    // What it reflects, it reads back.
    const before = t.period();
    const reflected = t.el.start;
    t.el.start = reflected;
    t.el.end = '-0320-12-31';
    await t.settle();
    expect(t.period()).to.equal(before);
  });

  it('reflects lang set as a property, and marks the shadow content with the language it shows', async () => {
    const t = await TimelineHarness.create({}, 800, 480);
    t.el.lang = 'mn';
    await t.settle();
    expect(t.el.getAttribute('lang')).to.equal('mn');
    expect(t.root.querySelector('.frame')!.getAttribute('lang')).to.equal('mn');
    t.el.lang = '';
    await t.settle();
    expect(t.el.hasAttribute('lang')).to.equal(false);
    expect(t.root.querySelector('.frame')!.getAttribute('lang')).to.equal('en');
  });

  it('counts both chip clicks made in one task', async () => {
    const t = await TimelineHarness.create({}, 800, 480);
    const seen: string[][] = [];
    t.el.addEventListener('mt-filter-change', (e) => seen.push(e.detail.partners));
    t.chip('ru').click();
    t.chip('cn').click();
    await t.settle();
    expect(t.el.partners).to.equal('ru,cn');
    expect(t.el.getAttribute('partners')).to.equal('ru,cn');
    expect(seen).to.deep.equal([['ru'], ['ru', 'cn']]);
  });

  it('rejects export formats it does not know, and takes a format in any case', async () => {
    const t = await TimelineHarness.create({}, 800, 480);
    for (const bad of ['exe', undefined, '', 'pdf']) {
      let error: unknown;
      await t.el.exportAs(bad as never).then(
        () => null,
        (e) => (error = e),
      );
      expect(error, String(bad)).to.be.instanceOf(TypeError);
    }
    const csv = await t.el.exportAs('CSV' as never);
    expect(csv.type).to.match(/^text\/csv/);
  });

  it('moves between documents with its styles (adoptNode into an iframe)', async () => {
    const t = await TimelineHarness.create({}, 800, 480);
    const frame = document.createElement('iframe');
    frame.style.cssText = 'width:840px;height:560px;border:0';
    document.body.append(frame);
    try {
      const doc = frame.contentDocument!;
      doc.body.append(doc.adoptNode(t.el));
      await t.settle();
      const controls = t.root.querySelector('[part~="controls"]')!;
      expect(frame.contentWindow!.getComputedStyle(controls).display).to.equal('flex');
      expect(t.root.adoptedStyleSheets.length + t.root.querySelectorAll('style').length).to.be.above(0);
    } finally {
      frame.remove();
    }
  });

  it('closes the details of an event the reader filters away, and keeps focus inside', async () => {
    const t = await TimelineHarness.create({ start: '1985', end: '1995' }, 1000, 520);
    const id = t.eventIds().find((i) => i.includes('withdrawal') || i.includes('soviet'))!;
    await t.click(t.event(id)!);
    expect(t.detail()).to.exist;
    const closed = oneEvent(t.el, 'mt-select');
    await t.click(t.chip('us'));
    expect((await closed).detail.event).to.equal(null);
    expect(t.detail()).to.equal(null);
    expect(t.el.selected).to.equal('');
    expect(document.activeElement).to.not.equal(document.body);
  });

  it('forgets a selected event that new data does not have', async () => {
    const t = await TimelineHarness.create({ selected: 'un-membership-1961' }, 1000, 520);
    expect(t.detail()).to.exist;
    t.el.data = tinyDataset;
    await t.settle();
    expect(t.el.selected).to.equal('');
    expect(t.detail()).to.equal(null);
  });

  it('keeps the chart above the chips and the strip at 120 px tall', async () => {
    const t = await TimelineHarness.create({}, 800, 120);
    const chips = t.root.querySelector('[part~="filters"]')!.getBoundingClientRect();
    const strip = t.root.querySelector('[part~="balance"]');
    expect(strip, 'the strip gives way first').to.equal(null);
    expect(t.chart.getBoundingClientRect().height).to.be.at.least(90);
    expect(t.chart.getBoundingClientRect().top).to.be.at.least(chips.bottom - 1);
  });

  it('reads time left to right on a right-to-left page, labels clear of their marks', async () => {
    const t = await TimelineHarness.create({}, 1000, 480);
    t.el.parentElement!.dir = 'rtl';
    await t.settle();
    expect(t.period()).to.equal('1921 – 2021');
    const ids = t.eventIds();
    expect(ids.length).to.be.above(3);
    for (const g of t.events()) {
      const text = g.querySelector('text')!.getBoundingClientRect();
      const mark = g.querySelector('.marker, .bar')!.getBoundingClientRect();
      const overlap = text.left < mark.right - 1 && mark.left < text.right - 1;
      if (!g.classList.contains('range')) expect(overlap, g.dataset.id).to.equal(false);
    }
  });

  it('drags and zooms by the right amount inside a CSS transform: scale(0.5)', async () => {
    const yearsMoved = async (scale: number) => {
      const t = await TimelineHarness.create({ start: '1950', end: '1990' }, 1000, 480);
      t.el.parentElement!.style.transform = `scale(${scale})`;
      t.el.parentElement!.style.transformOrigin = '0 0';
      await t.settle();
      const before = Number(t.el.start.slice(0, 4));
      const [x, y] = t.centre();
      await sendMouse({ type: 'move', position: [x, y] });
      await sendMouse({ type: 'down' });
      await sendMouse({ type: 'move', position: [x - 50, y] });
      await sendMouse({ type: 'move', position: [x - 100, y] });
      await sendMouse({ type: 'up' });
      await t.until(() => Number(t.el.start.slice(0, 4)) !== before);
      const moved = Number(t.el.start.slice(0, 4)) + Number(t.el.start.slice(5, 7)) / 12 - before;
      t.el.parentElement!.style.display = 'none';
      return moved;
    };
    const plain = await yearsMoved(1);
    const halved = await yearsMoved(0.5);
    // 100 screen pixels are 200 of the element's own at half scale: the content follows the pointer, twice as far in time.
    expect(halved / plain).to.be.within(1.7, 2.3);
  });

  it('wraps a long unbroken note in the details instead of scrolling sideways', async () => {
    const t = await TimelineHarness.create({}, 900, 520);
    const long = `https://example.org/${'a'.repeat(158)}`;
    t.el.data = {
      partners: [{ id: 'x', name: { en: 'X' }, bloc: 'third', color: '#336699' }],
      events: [
        {
          id: 'e',
          date: '1990',
          title: { en: 'E' },
          summary: { en: 'S.' },
          partners: ['x'],
          kind: 'visit',
          note: long,
          sources: [{ title: long, url: long, publisher: 'P' }],
        },
      ],
    } as never;
    t.el.selected = 'e';
    await t.settle();
    const panel = t.detail()!;
    expect(panel.scrollWidth).to.be.at.most(panel.clientWidth + 1);
  });

  it('fires no Lit update-after-update warning on the first render', async () => {
    const el = await fixture<MongoliaTimeline>(html`<mongolia-timeline style="height:420px"></mongolia-timeline>`);
    await new TimelineHarness(el).settle();
    expect(warnings.filter((w) => /change-in-update|after an update completed/.test(w))).to.deep.equal([]);
  });
});
