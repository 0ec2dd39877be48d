import { expect, fixture, html } from '@open-wc/testing';
import { MongoliaTimeline } from '../../src/mongolia-timeline.js';
import { bundledDataset } from '../../src/data/bundled-dataset.js';
import { TimelineHarness } from '../helpers/timeline-harness.js';
import { event, tinyDataset } from '../helpers/fixtures.js';

describe('<mongolia-timeline> rendering', () => {
  it('registers the tag and class', () => {
    expect(customElements.get('mongolia-timeline')).to.equal(MongoliaTimeline);
    expect(document.createElement('mongolia-timeline')).to.be.instanceOf(MongoliaTimeline);
  });

  it('shows the whole bundled century, every event as a mark or in a cluster', async () => {
    const t = await TimelineHarness.create();
    expect(t.period()).to.equal('1921 – 2021');
    expect(t.shownCount()).to.equal(bundledDataset.events.length);
    expect(t.tickLabels()).to.include.members(['1930', '1950', '2000']);
    expect(t.el.start).to.equal('');
  });

  it("draws points in their bloc's shape and ranges as bars, coloured by bloc", async () => {
    const t = await TimelineHarness.create();
    t.el.data = tinyDataset;
    await t.settle();
    expect(t.eventIds()).to.have.members(['a-1939', 'b-1960', 'c-1987', 'd-2019', 'e-2005']);
    const fill = (el: Element) => getComputedStyle(el).fill;
    expect(fill(t.event('a-1939')!.querySelector('path.bar.north')!)).to.equal('rgb(211, 63, 58)');
    expect(fill(t.event('b-1960')!.querySelector('path.marker.south')!)).to.equal('rgb(185, 122, 0)');
    expect(fill(t.event('c-1987')!.querySelector('path.marker.third')!)).to.equal('rgb(47, 111, 216)');
    // Two partners of two blocs: the first bloc's shape, ringed in the second's colour.
    expect(t.event('e-2005')!.querySelector('.marker.third')).to.exist;
    expect(getComputedStyle(t.event('e-2005')!.querySelector('circle.second.south')!).stroke).to.equal(
      'rgb(185, 122, 0)',
    );
  });

  it('takes custom data with its own time range', async () => {
    const t = await TimelineHarness.create();
    t.el.data = tinyDataset;
    await t.settle();
    expect(t.period()).to.match(/^193\d – 20[12]\d$/);
    expect(t.chips().map((c) => c.dataset.partner)).to.deep.equal(['', 'ru', 'cn', 'us']);
    // A later, shorter dataset: the whole view is its range (1995–1999, with a margin), never the century.
    t.el.data = { ...tinyDataset, events: [event('z-1995', '1995-03-02', ['us']), event('y-1999', '1999', ['cn'])] };
    await t.settle();
    const years = () =>
      t
        .period()
        .split(' – ')
        .map((p) => Number(p.match(/\d{4}/)![0]));
    const [from, to] = years();
    expect(from).to.be.within(1994, 1995);
    expect(to).to.be.within(1999, 2001);
    expect(t.tickLabels().some((l) => /^19[2-8]\d$/.test(l))).to.equal(false);
    // Neither zooming out, nor panning, nor zoomTo leaves that range.
    await t.tabIn();
    await t.press('-');
    expect(years()).to.deep.equal([from, to]);
    await t.drag(-400);
    expect(years()).to.deep.equal([from, to]);
    await t.press('+');
    await t.press('Shift+ArrowLeft');
    await t.press('Shift+ArrowLeft');
    await t.press('Shift+ArrowLeft');
    expect(years()[0]).to.equal(from);
    t.el.zoomTo('1930', '2020');
    await t.settle();
    expect(years()).to.deep.equal([from, to]);
  });

  it('never lets two labels overlap at 360, 800 and 1400 px', async () => {
    for (const width of [360, 800, 1400]) {
      const t = await TimelineHarness.create({}, width, 520);
      const boxes = t.events().map((g) => {
        const r = g.querySelector('text')!.getBoundingClientRect();
        return { id: g.dataset.id, left: r.left, right: r.right, top: r.top, bottom: r.bottom };
      });
      expect(boxes.length, `${width}px`).to.be.above(1);
      for (let i = 0; i < boxes.length; i++) {
        for (let j = i + 1; j < boxes.length; j++) {
          const [a, b] = [boxes[i], boxes[j]];
          const overlap =
            a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5;
          expect(overlap, `${width}px: ${a.id} overlaps ${b.id}`).to.equal(false);
        }
      }
      const host = t.el.getBoundingClientRect();
      for (const b of boxes) expect(b.right, `${b.id} at ${width}px`).to.be.at.most(host.right + 1);
    }
  });

  it('keeps axis labels at least 8 px apart at every zoom level, in English and Mongolian', async () => {
    const windows = [
      ['', ''],
      ['1921', '1927'],
      ['1990', '1991'],
      ['1990-01', '1990-06'],
      ['2000-03-01', '2000-03-31'],
    ];
    for (const lang of ['en', 'mn']) {
      for (const width of [360, 800, 1400]) {
        const t = await TimelineHarness.create({ lang }, width, 400);
        for (const [start, end] of windows) {
          t.el.start = start;
          t.el.end = end;
          await t.settle();
          const boxes = [...t.root.querySelectorAll('[part~="axis"] .tick text')].map((n) => n.getBoundingClientRect());
          expect(boxes.length, `${lang} ${width}px ${start}–${end}`).to.be.at.least(2);
          for (let i = 1; i < boxes.length; i++) {
            expect(
              boxes[i].left - boxes[i - 1].right,
              `${lang} ${width}px ${start}–${end}: ${t.tickLabels().join(' | ')}`,
            ).to.be.at.least(8);
          }
        }
      }
    }
  });

  it('re-lays itself out when its container resizes', async () => {
    const t = await TimelineHarness.create({}, 1200);
    const wide = t.events().length;
    t.el.parentElement!.style.width = '360px';
    // settle() waits until the chart is drawn at its new size (the ResizeObserver round), not for a time.
    await t.settle();
    expect(t.chart.querySelector('svg')!.getAttribute('width')).to.equal(String(t.chart.clientWidth));
    expect(t.events().length).to.be.below(wide);
    expect(t.period()).to.equal('1921 – 2021');
  });

  it('takes its height from --mt-height, 480 px without it', async () => {
    const host = await fixture<HTMLElement>(html`<div style="width:800px"></div>`);
    const el = document.createElement('mongolia-timeline');
    host.append(el);
    const t = new TimelineHarness(el);
    await t.settle();
    expect(Math.round(el.getBoundingClientRect().height)).to.equal(480);
    el.style.setProperty('--mt-height', '333px');
    await t.settle();
    expect(Math.round(el.getBoundingClientRect().height)).to.equal(333);
    // The chart follows: it is drawn at the new size.
    expect(Number(t.chart.querySelector('svg')!.getAttribute('height'))).to.equal(Math.round(t.chart.clientHeight));
    host.style.setProperty('--mt-height', '300px'); // inherited from the page, as custom properties are
    el.style.removeProperty('--mt-height');
    await t.settle();
    expect(Math.round(el.getBoundingClientRect().height)).to.equal(300);
  });

  for (const theme of ['light', 'dark']) {
    it(`lets every --mt-color-* property override the ${theme} theme`, async () => {
      const t = await TimelineHarness.create(
        { theme, query: 'Kyakhta', selected: 'kyakhta-taken-armed-forces-day' },
        1000,
        520,
      );
      const props = [
        'text',
        'muted',
        'background',
        'surface',
        'grid',
        'focus',
        'north',
        'south',
        'third',
        'multilateral',
        'highlight',
        'error',
      ];
      // A colour no default uses, one per property: rgb(1, 2, 10), rgb(1, 2, 11), ...
      const colour = (i: number) => `rgb(1, 2, ${10 + i})`;
      props.forEach((p, i) => t.el.style.setProperty(`--mt-color-${p}`, colour(i)));
      await t.settle();
      const used = new Set<string>();
      const scan = () => {
        for (const node of [t.el, ...t.root.querySelectorAll('*')]) {
          const style = getComputedStyle(node);
          for (const p of ['color', 'background-color', 'fill', 'stroke', 'border-top-color', 'border-left-color'])
            used.add(style.getPropertyValue(p));
        }
      };
      // The details (links, search matches), the chart, the chips and the balance strip...
      expect(t.detail()).to.exist;
      expect(t.root.querySelector('.balance')).to.exist;
      scan();
      // ...and the message of a src that could not be loaded.
      t.el.src = '/__data/echo?status=404';
      await t.until(() => /404/.test(t.status() ?? ''));
      scan();
      const missing = props.filter((_, i) => !used.has(colour(i)));
      expect(missing, `no element took --mt-color-${missing.join(', --mt-color-')}`).to.deep.equal([]);
      expect(getComputedStyle(t.el).backgroundColor).to.equal(colour(2));
      expect(getComputedStyle(t.el).color).to.equal(colour(0));
    });
  }

  it('uses its height from CSS', async () => {
    const t = await TimelineHarness.create({}, 800, 300);
    expect(Math.round(t.el.getBoundingClientRect().height)).to.equal(300);
  });
});
