import { expect } from '@open-wc/testing';
import { MongoliaTimeline } from '../../src/mongolia-timeline.js';
import { bundledDataset } from '../../src/data/bundled-dataset.js';
import { TimelineHarness } from '../helpers/timeline-harness.js';
import { tinyDataset } from '../helpers/fixtures.js';

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

  it('draws points as circles and ranges as bars, coloured by partner', async () => {
    const t = await TimelineHarness.create();
    t.el.data = tinyDataset;
    await t.settle();
    expect(t.eventIds()).to.have.members(['a-1939', 'b-1960', 'c-1987', 'd-2019', 'e-2005']);
    expect(t.event('a-1939')!.querySelector('rect.bar')!.getAttribute('fill')).to.equal('#d33f3a');
    expect(t.event('c-1987')!.querySelector('circle.marker')!.getAttribute('fill')).to.equal('#2f6fd8');
    expect(t.event('e-2005')!.querySelector('circle.second')!.getAttribute('stroke')).to.equal('#b97a00');
  });

  it('takes custom data with its own time range', async () => {
    const t = await TimelineHarness.create();
    t.el.data = tinyDataset;
    await t.settle();
    expect(t.period()).to.match(/^193\d – 20[12]\d$/);
    expect(t.chips().map((c) => c.dataset.partner)).to.deep.equal(['', 'ru', 'cn', 'us']);
  });

  it('never lets two labels overlap at 360, 800 and 1400 px', async () => {
    for (const width of [360, 800, 1400]) {
      const t = await TimelineHarness.create({}, width, 520);
      const boxes = t.events().map((g) => {
        const r = g.querySelector('text')!.getBoundingClientRect();
        return { id: g.dataset.id, left: r.left, right: r.right, top: r.top, bottom: r.bottom };
      });
      expect(boxes.length, `${width}px`).to.be.above(4);
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
    await new Promise((r) => setTimeout(r, 100));
    await t.settle();
    expect(t.chart.querySelector('svg')!.getAttribute('width')).to.equal(String(t.chart.clientWidth));
    expect(t.events().length).to.be.below(wide);
    expect(t.period()).to.equal('1921 – 2021');
  });

  it('uses its height from CSS', async () => {
    const t = await TimelineHarness.create({}, 800, 300);
    expect(Math.round(t.el.getBoundingClientRect().height)).to.equal(300);
  });
});
