import { expect } from '@open-wc/testing';
import { buildItems, type TimelineItem } from '../../src/data/timeline-items.js';
import { CHART, computeView, type ViewInput } from '../../src/layout/view-model.js';
import { longestDuration } from '../../src/layout/visible-window.js';
import { syntheticDataset } from '../helpers/fixtures.js';

const items = buildItems(syntheticDataset(60));
const base: Omit<ViewInput, 'zoom' | 'width' | 'height'> = {
  items,
  longest: longestDuration(items),
  domain: [Date.UTC(1921, 0, 1), Date.UTC(2022, 0, 1)],
  lang: 'en',
  labelOf: (i) => i.event.title.en,
  measure: (t) => t.length * 7,
};

const summary = (v: ReturnType<typeof computeView>) => ({
  window: v.window,
  ticks: v.ticks.length,
  firstTick: v.tickFormat(v.ticks[0], 0),
  lanes: v.layout.lanes,
  events: v.layout.events.length,
  clusters: v.layout.clusters.map((c) => c.items.length),
  visible: v.visible.length,
  laneTop: v.laneTop,
  clusterY: v.clusterY,
  axisY: v.axisY,
  laneHeight: v.laneHeight,
  labelPx: v.labelPx,
  order: v.order,
});

describe('computeView (exact)', () => {
  it('lays out the whole century: lanes above the cluster row and the axis, in time order', () => {
    expect(CHART).to.deep.equal({ top: 8, axis: 30, clusterRow: 32 });
    const v = computeView({ ...base, zoom: { k: 1, x: 0 }, width: 600, height: 150 });
    expect(v.scale(new Date(Date.UTC(1921, 0, 1)))).to.equal(0);
    expect(v.scale(new Date(Date.UTC(2022, 0, 1)))).to.equal(600);
    expect(summary(v)).to.deep.equal({
      window: [Date.UTC(1921, 0, 1), Date.UTC(2022, 0, 1)],
      ticks: 9,
      firstTick: '1930',
      lanes: 3,
      events: 7,
      clusters: [3, 7, 9, 5, 2, 5, 4, 5, 8, 5],
      visible: 60,
      laneTop: 8,
      clusterY: 88,
      axisY: 120,
      laneHeight: 26,
      labelPx: 12,
      order: [
        's-9',
        's-11',
        's-12',
        'cluster:s-23',
        'cluster:s-2',
        'cluster:s-3',
        's-49',
        's-53',
        's-52',
        'cluster:s-28',
        'cluster:s-16',
        'cluster:s-13',
        'cluster:s-29',
        's-24',
        'cluster:s-47',
        'cluster:s-15',
        'cluster:s-44',
      ],
    });
  });

  it('zoomed in, below a reserved band, with taller lanes for larger labels', () => {
    const v = computeView({ ...base, zoom: { k: 5, x: -1200 }, width: 600, height: 200, labelPx: 20, reserve: 10 });
    expect(summary(v)).to.deep.equal({
      window: [-271382400000, 366076800000],
      ticks: 9,
      firstTick: '1964',
      lanes: 3,
      events: 8,
      clusters: [3, 2],
      visible: 13,
      laneTop: 18,
      clusterY: 138,
      axisY: 170,
      laneHeight: 35,
      labelPx: 20,
      order: ['s-53', 's-52', 's-48', 'cluster:s-26', 's-16', 's-21', 's-13', 's-17', 's-34', 'cluster:s-0'],
    });
  });

  it('keeps one lane when the chart is too short for any', () => {
    const v = computeView({ ...base, zoom: { k: 1, x: 0 }, width: 600, height: 20 });
    expect([v.layout.lanes, v.layout.events.length, v.axisY, v.clusterY, v.laneTop]).to.deep.equal([1, 3, 8, -24, 8]);
    expect(v.layout.clusters.map((c) => c.items.length)).to.deep.equal([4, 6, 9, 5, 5, 4, 5, 6, 8, 5]);
  });

  it('caps labels at 55 % of a narrow chart', () => {
    // 300 px: labels of at most 165 px, so "Synthetic event number 9" (168 px) is cut.
    const v = computeView({ ...base, zoom: { k: 1, x: 0 }, width: 300, height: 150 });
    expect(v.layout.events.map((e) => [e.item.event.id, e.label])).to.deep.equal([
      ['s-9', 'Synthetic event number…'],
      ['s-11', 'Synthetic event number…'],
      ['s-12', 'Synthetic event number…'],
    ]);
  });

  it('draws a kept event that plain packing folds, and changes nothing when the kept event is already drawn', () => {
    const plain = computeView({ ...base, zoom: { k: 1, x: 0 }, width: 600, height: 150 });
    expect(plain.layout.clusters[1].items.map((i) => i.event.id)).to.include('s-2');
    const kept = computeView({ ...base, zoom: { k: 1, x: 0 }, width: 600, height: 150, keep: 's-2' });
    expect(kept.layout.events.map((e) => [e.item.event.id, e.lane])).to.deep.equal([
      ['s-2', 0],
      ['s-46', 1],
      ['s-57', 2],
      ['s-21', 0],
      ['s-13', 1],
      ['s-17', 2],
    ]);
    expect(kept.layout.clusters.some((c) => c.items.some((i) => i.event.id === 's-2'))).to.equal(false);
    expect(kept.order).to.include('s-2');
    // Moving focus between drawn events never moves them.
    const drawn = computeView({ ...base, zoom: { k: 1, x: 0 }, width: 600, height: 150, keep: 's-49' });
    expect(summary(drawn)).to.deep.equal(summary(plain));
    // An event alone in the cluster row is drawn already, so keeping it changes nothing either.
    const lone = computeView({ ...base, zoom: { k: 5, x: -1200 }, width: 600, height: 200, labelPx: 20, reserve: 10 });
    const loneId = lone.layout.events.find((e) => e.lane < 0)?.item.event.id ?? 'none';
    expect(loneId).to.equal('s-16');
    expect(
      summary(
        computeView({
          ...base,
          zoom: { k: 5, x: -1200 },
          width: 600,
          height: 200,
          labelPx: 20,
          reserve: 10,
          keep: loneId,
        }),
      ),
    ).to.deep.equal(summary(lone));
  });

  it('orders events drawn at the same moment from the top lane down, the cluster row last', () => {
    const item = (id: string, title: string, start: number) =>
      ({ event: { id, title: { en: title } }, start, end: start, range: false }) as unknown as TimelineItem;
    const v = computeView({
      items: [item('a', 'Alpha', 100), item('b', 'Bravo', 100), item('c', 'Charlie', 100), item('d', 'Delta', 600)],
      longest: 0,
      domain: [0, 1000],
      zoom: { k: 1, x: 0 },
      width: 1000,
      height: 126,
      lang: 'en',
      labelOf: (i) => i.event.title.en,
      measure: (t) => t.length * 7,
    });
    expect(v.layout.events.map((e) => [e.item.event.id, e.lane, e.x])).to.deep.equal([
      ['a', 0, 100],
      ['b', 1, 100],
      ['d', 0, 600],
      ['c', -1, 100],
    ]);
    expect(v.order).to.deep.equal(['a', 'b', 'c', 'd']);
  });
});
