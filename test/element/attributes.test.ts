import { expect } from '@open-wc/testing';
import type { MongoliaTimeline } from '../../src/mongolia-timeline.js';
import { TimelineHarness } from '../helpers/timeline-harness.js';
import { echoUrl, tinyDataset } from '../helpers/fixtures.js';

/** Nonsense a page might put in an attribute, each with what must survive it. */
const BAD_ATTRIBUTES: { attrs: Record<string, string>; period?: string; pressed?: string[] }[] = [
  { attrs: { start: 'abc' }, period: '1960 – 1969' },
  { attrs: { start: '2021-02-30' }, period: '1960 – 1969' },
  { attrs: { start: '1990-13' }, period: '1960 – 1969' },
  { attrs: { start: '19600' }, period: '1960 – 1969' },
  { attrs: { start: '<script>alert(1)</script>' }, period: '1960 – 1969' },
  { attrs: { end: 'yesterday' }, period: '1960 – 1969' },
  { attrs: { start: '1990', end: '1950' }, period: '1960 – 1969' },
  { attrs: { start: '1965-06-15', end: '1965-06-14' }, period: '1960 – 1969' },
  { attrs: { partners: 'zz,ru' }, pressed: ['ru'] },
  { attrs: { partners: 'RU' }, pressed: [] },
  { attrs: { partners: '<img src=x onerror=alert(1)>' }, pressed: [] },
  { attrs: { selected: 'nope' } },
  { attrs: { selected: '"><svg onload=alert(1)>' } },
  { attrs: { lang: 'xx' } },
  { attrs: { lang: 'de-DE' } },
  { attrs: { theme: 'neon' } },
  { attrs: { view: 'grid' } },
];

/** Bad `zoomTo` calls. */
const BAD_ZOOMS: [unknown, unknown][] = [
  ['abc', '2000'],
  ['2000', '1990'],
  ['2000-02-30', '2001'],
  [new Date(NaN), new Date(Date.UTC(2000, 0, 1))],
  [undefined, '2000'],
  [null, null],
  [{}, 5],
  ['', ''],
];

/** Counts console warnings and uncaught errors while `body` runs. */
async function watch(body: () => Promise<void>): Promise<{ warnings: string[]; errors: unknown[] }> {
  const warnings: string[] = [];
  const errors: unknown[] = [];
  const warn = console.warn;
  const onError = (e: ErrorEvent | PromiseRejectionEvent) => errors.push('reason' in e ? e.reason : e.error);
  console.warn = (...args: unknown[]) => warnings.push(String(args[0]));
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onError);
  try {
    await body();
  } finally {
    console.warn = warn;
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onError);
  }
  return { warnings, errors };
}

const pressed = (t: TimelineHarness) =>
  t
    .chips()
    .filter((c) => c.getAttribute('aria-pressed') === 'true')
    .map((c) => c.dataset.partner)
    .filter(Boolean);

describe('<mongolia-timeline> nonsense in attributes and calls', () => {
  for (const { attrs, period, pressed: chips } of BAD_ATTRIBUTES) {
    const name = Object.entries(attrs)
      .map(([k, v]) => `${k}="${v}"`)
      .join(' ');
    it(`${name}: one warning, no throw, a sane view`, async () => {
      const t = await TimelineHarness.create();
      t.el.data = tinyDataset;
      await t.settle();
      t.el.setAttribute('start', '1960');
      t.el.setAttribute('end', '1969');
      await t.settle();
      const { warnings, errors } = await watch(async () => {
        for (const [k, v] of Object.entries(attrs)) t.el.setAttribute(k, v);
        await t.settle();
        await t.settle();
      });
      expect(errors).to.deep.equal([]);
      expect(warnings, warnings.join('\n')).to.have.length(1);
      expect(warnings[0]).to.match(/^<mongolia-timeline>: /);
      expect(t.period()).to.equal(period ?? '1960 – 1969');
      if (chips) expect(pressed(t)).to.deep.equal(chips);
      if (!chips) expect(t.shownCount()).to.be.greaterThan(0);
      expect(t.root.querySelector('[part~="detail"]')).to.equal(null);
      expect(t.root.querySelector('script, img, svg [onload]')).to.equal(null);
    });
  }

  it('falls back to English for an unsupported lang and the default look for a bad theme or view', async () => {
    const t = await TimelineHarness.create({ lang: 'xx', theme: 'neon', view: 'grid' });
    expect(t.button('Zoom in')).to.exist;
    expect(t.chart.classList.contains('behind')).to.equal(false);
    expect(getComputedStyle(t.el).backgroundColor).to.equal('rgb(255, 255, 255)');
  });

  for (const [a, b] of BAD_ZOOMS) {
    it(`zoomTo(${String(a)}, ${String(b)}): one warning, the view unchanged`, async () => {
      const t = await TimelineHarness.create({ start: '1960', end: '1969' });
      const { warnings, errors } = await watch(async () => {
        t.el.zoomTo(a as never, b as never);
        await t.settle();
      });
      expect(errors).to.deep.equal([]);
      expect(warnings).to.have.length(1);
      expect(t.period()).to.equal('1960 – 1969');
    });
  }

  it('draws its first frame from attributes set before it connects, without firing or warning', async () => {
    const { warnings } = await watch(async () => {
      const el = document.createElement('mongolia-timeline') as MongoliaTimeline;
      for (const [k, v] of Object.entries({ start: '1960', end: '1969', partners: 'ru', lang: 'mn', view: 'list' }))
        el.setAttribute(k, v);
      el.style.height = '420px';
      expect(el.isConnected).to.equal(false);
      const fired: string[] = [];
      for (const type of ['mt-view-change', 'mt-filter-change', 'mt-select'])
        el.addEventListener(type, () => fired.push(type));
      const host = Object.assign(document.createElement('div'), { style: 'width:800px' });
      document.body.append(host);
      try {
        host.append(el);
        await el.updateComplete;
        // The first render already speaks Mongolian and holds the filter; the list already shows.
        const t = new TimelineHarness(el);
        expect(t.chip('').textContent!.trim()).to.equal('Бүгд');
        expect(pressed(t)).to.deep.equal(['ru']);
        await t.settle();
        expect(t.period()).to.equal('1960 – 1969');
        const caption = t.root.querySelector('[part~="list"] caption')!.textContent!;
        expect(caption.trim()).to.match(/^1960 – 1969, \d+ үйл явдал, 1 түнш$/);
        expect(fired).to.deep.equal([]);
      } finally {
        host.remove();
      }
    });
    expect(warnings).to.deep.equal([]);
  });

  it('keeps the valid part of a partner list', async () => {
    const t = await TimelineHarness.create({ partners: 'zz,ru,cn,xx' });
    expect(pressed(t).sort()).to.deep.equal(['cn', 'ru']);
  });

  it('does not warn about a partner list before src data arrives', async () => {
    const { warnings } = await watch(async () => {
      const t = await TimelineHarness.create({ partners: 'us' });
      (t.el as MongoliaTimeline).src = echoUrl(tinyDataset, { delay: 200 });
      await t.until(() => t.chips().length === 4);
      expect(pressed(t)).to.deep.equal(['us']);
    });
    expect(warnings).to.deep.equal([]);
  });
});
