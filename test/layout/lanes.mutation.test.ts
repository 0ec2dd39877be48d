import { expect } from '@open-wc/testing';
import { scaleUtc } from 'd3-scale';
import { buildItems, type TimelineItem } from '../../src/data/timeline-items.js';
import {
  clusterWindow,
  fitLabel,
  layoutLanes,
  unfoldSingles,
  type Cluster,
  type Layout,
  type LayoutOptions,
} from '../../src/layout/lanes.js';
import { syntheticDataset } from '../helpers/fixtures.js';

// Exact positions for small hand-made layouts: one pixel per unit of time, 7 px per character.
const measure = (t: string) => t.length * 7;

function item(id: string, title: string, start: number, end?: number): TimelineItem {
  return {
    event: { id, title: { en: title } },
    start,
    end: end ?? start,
    range: end !== undefined,
  } as unknown as TimelineItem;
}

const pixels = (width: number, maxLanes: number, keep?: string): LayoutOptions => ({
  x: (t) => t,
  width,
  maxLanes,
  maxLabel: 200,
  labelOf: (i) => i.event.title.en,
  measure,
  keep,
});

const events = (l: Layout) => l.events.map(({ item, ...e }) => ({ id: item.event.id, ...e }));
const clusters = (l: Layout) =>
  l.clusters.map(({ items, ...c }) => ({ ids: items.map((i) => i.event.id).join(), ...c }));

describe('fitLabel (exact cuts)', () => {
  it('cuts between words, drops trailing punctuation, and keeps what fits exactly', () => {
    expect(fitLabel('A label that is far too long to fit', 100, measure)).to.equal('A label that…');
    expect(fitLabel('Treaty of friendship, mutual aid', 120, measure)).to.equal('Treaty of…');
    expect(fitLabel('Hello, world', 56, measure)).to.equal('Hello…');
    expect(fitLabel('Border talks: first round', 105, measure)).to.equal('Border talks…');
    expect(fitLabel('One two three', 70, measure)).to.equal('One two…');
    expect(fitLabel('Alpha beta', 49, measure)).to.equal('Alpha…');
    expect(fitLabel('x y', 14, measure)).to.equal('x…');
    // No label at all when not even the first word fits.
    expect(fitLabel('abcdefghij', 35, measure)).to.equal('');
    expect(fitLabel('ab cd', 28, measure)).to.equal('ab…');
    expect(fitLabel('ab cd ef', 35, measure)).to.equal('ab…');
    expect(fitLabel('aaaa bbbbbbbbbbbbbbbb', 70, measure)).to.equal('aaaa…');
    // Exactly the limit still fits.
    expect(fitLabel('Exactly', 49, measure)).to.equal('Exactly');
  });

  it('keeps the punctuation inside the words it keeps, and leaves no space before the ellipsis', () => {
    expect(fitLabel('Ulaanbaatar, Moscow talks', 140, measure)).to.equal('Ulaanbaatar, Moscow…');
    expect(fitLabel('Ulaanbaatar, Moscow talks', 133, measure)).to.equal('Ulaanbaatar…');
    expect(fitLabel('ab  cd', 28, measure)).to.equal('ab…');
  });

  it('keeps flags and accented letters whole, between words', () => {
    expect(fitLabel('Visit to 🇲🇳 Ulaanbaatar', 84, measure)).to.equal('Visit to…');
    expect(fitLabel('Café résumé here', 84, measure)).to.equal('Café résumé…');
  });
});

describe('layoutLanes (exact positions)', () => {
  it('puts labels right of their markers, in the first lane with room', () => {
    const l = layoutLanes(
      [item('a', 'Alpha', 100), item('b', 'Bravo', 120), item('c', 'Cc', 200), item('d', 'Delta', 300)],
      pixels(1000, 3),
    );
    expect(l.lanes).to.equal(2);
    expect(events(l)).to.deep.equal([
      { id: 'a', x: 100, x2: 100, label: 'Alpha', labelX: 111, labelAnchor: 'start', left: 95, right: 146, lane: 0 },
      { id: 'b', x: 120, x2: 120, label: 'Bravo', labelX: 131, labelAnchor: 'start', left: 115, right: 166, lane: 1 },
      { id: 'c', x: 200, x2: 200, label: 'Cc', labelX: 211, labelAnchor: 'start', left: 195, right: 225, lane: 0 },
      { id: 'd', x: 300, x2: 300, label: 'Delta', labelX: 311, labelAnchor: 'start', left: 295, right: 346, lane: 0 },
    ]);
    expect(l.clusters).to.deep.equal([]);
  });

  it('with every lane in use, still fills the lane that ends first', () => {
    // Lane 0 ends at 118, lane 1 at 289: an item at 140 fits lane 0 (the earliest end, not the latest).
    const l = layoutLanes(
      [item('a', 'A', 100), item('b', 'A much longer label here', 110), item('c', 'C', 140)],
      pixels(1000, 2),
    );
    expect(events(l)).to.deep.equal([
      { id: 'a', x: 100, x2: 100, label: 'A', labelX: 111, labelAnchor: 'start', left: 95, right: 118, lane: 0 },
      {
        id: 'b',
        x: 110,
        x2: 110,
        label: 'A much longer label here',
        labelX: 121,
        labelAnchor: 'start',
        left: 105,
        right: 289,
        lane: 1,
      },
      { id: 'c', x: 140, x2: 140, label: 'C', labelX: 151, labelAnchor: 'start', left: 135, right: 158, lane: 0 },
    ]);
    expect(l.clusters).to.deep.equal([]);
  });

  it('puts a label left of its marker near the right edge', () => {
    expect(events(layoutLanes([item('e', 'Echo event', 950)], pixels(1000, 2)))).to.deep.equal([
      {
        id: 'e',
        x: 950,
        x2: 950,
        label: 'Echo event',
        labelX: 939,
        labelAnchor: 'end',
        left: 869,
        right: 955,
        lane: 0,
      },
    ]);
    expect(events(layoutLanes([item('l', 'Left side label', 900)], pixels(1000, 1)))).to.deep.equal([
      {
        id: 'l',
        x: 900,
        x2: 900,
        label: 'Left side label',
        labelX: 889,
        labelAnchor: 'end',
        left: 784,
        right: 905,
        lane: 0,
      },
    ]);
  });

  it('shortens a label that fits neither side to the roomier one', () => {
    expect(events(layoutLanes([item('s', 'Some words that are long', 150)], pixels(300, 1)))).to.deep.equal([
      {
        id: 's',
        x: 150,
        x2: 150,
        label: 'Some words that…',
        labelX: 161,
        labelAnchor: 'start',
        left: 145,
        right: 273,
        lane: 0,
      },
    ]);
    expect(events(layoutLanes([item('t', 'Some words that are long', 130)], pixels(300, 1)))).to.deep.equal([
      {
        id: 't',
        x: 130,
        x2: 130,
        label: 'Some words that are…',
        labelX: 141,
        labelAnchor: 'start',
        left: 125,
        right: 281,
        lane: 0,
      },
    ]);
  });

  it('shortens a label that fits neither side to the left when the left is roomier', () => {
    // 89 px to the right of the marker, 139 to its left: the label, already cut to 200 px, is cut again to 139.
    expect(
      events(layoutLanes([item('s', 'Some words that are long and longer still', 150)], pixels(250, 1))),
    ).to.deep.equal([
      {
        id: 's',
        x: 150,
        x2: 150,
        label: 'Some words that…',
        labelX: 139,
        labelAnchor: 'end',
        left: 27,
        right: 155,
        lane: 0,
      },
    ]);
  });

  it('labels a range inside it, from the view edge when it began before the view', () => {
    expect(events(layoutLanes([item('r', 'Range label', 100, 500)], pixels(1000, 1)))).to.deep.equal([
      {
        id: 'r',
        x: 100,
        x2: 500,
        label: 'Range label',
        labelX: 106,
        labelAnchor: 'start',
        left: 95,
        right: 505,
        lane: 0,
      },
    ]);
    expect(events(layoutLanes([item('r', 'Range', -100, 400)], pixels(1000, 2)))).to.deep.equal([
      { id: 'r', x: -100, x2: 400, label: 'Range', labelX: 6, labelAnchor: 'start', left: -105, right: 405, lane: 0 },
    ]);
    // A range that begins a few pixels before the right edge: its short label inside the bar, leftward, and its
    // extent begins at its marker.
    expect(events(layoutLanes([item('r', 'A', 990, 2000)], pixels(1000, 1)))).to.deep.equal([
      { id: 'r', x: 990, x2: 2000, label: 'A', labelX: 994, labelAnchor: 'end', left: 985, right: 2005, lane: 0 },
    ]);
    expect(events(layoutLanes([item('q', 'Quite a long range label', 700, 1500)], pixels(1000, 1)))).to.deep.equal([
      {
        id: 'q',
        x: 700,
        x2: 1500,
        label: 'Quite a long range label',
        labelX: 706,
        labelAnchor: 'start',
        left: 695,
        right: 1505,
        lane: 0,
      },
    ]);
  });

  it('folds what finds no lane into clusters at most 48 px wide, never overlapping', () => {
    const l = layoutLanes(
      [
        item('a', 'Alpha', 100),
        item('b', 'B1', 101),
        item('c', 'C', 102),
        item('d', 'D', 130),
        item('e', 'E', 160),
        item('f', 'F', 200),
        item('g', 'G', 990),
        item('h', 'H', 1100),
      ],
      pixels(1000, 1),
    );
    expect(l.lanes).to.equal(1);
    expect(events(l)).to.deep.equal([
      { id: 'a', x: 100, x2: 100, label: 'Alpha', labelX: 111, labelAnchor: 'start', left: 95, right: 146, lane: 0 },
      { id: 'f', x: 200, x2: 200, label: 'F', labelX: 211, labelAnchor: 'start', left: 195, right: 218, lane: 0 },
      { id: 'g', x: 990, x2: 990, label: 'G', labelX: 979, labelAnchor: 'end', left: 972, right: 995, lane: 0 },
    ]);
    expect(clusters(l)).to.deep.equal([
      { ids: 'b,c,d', id: 'cluster:b', x: 115.5, left: 88, right: 143, start: 101, end: 130 },
      { ids: 'e', id: 'cluster:e', x: 166, left: 153, right: 179, start: 160, end: 160 },
      { ids: 'h', id: 'cluster:h', x: 987, left: 974, right: 1000, start: 1100, end: 1100 },
    ]);
  });

  it('gathers clusters of items before the view at its left edge', () => {
    const l = layoutLanes(
      [item('a', 'Alpha', -50, 100), item('b', 'B', -40), item('c', 'C', 0), item('d', 'D', 3)],
      pixels(1000, 1),
    );
    expect(events(l).map((e) => [e.id, e.labelX, e.left, e.right])).to.deep.equal([['a', 6, -55, 105]]);
    expect(clusters(l)).to.deep.equal([
      { ids: 'b,c,d', id: 'cluster:b', x: 13, left: 0, right: 26, start: -40, end: 3 },
    ]);
  });

  it('places a label that exactly fits, right of its marker or in a lane ending exactly a gap before it', () => {
    expect(events(layoutLanes([item('a', 'Alpha', 954)], pixels(1000, 1)))).to.deep.equal([
      { id: 'a', x: 954, x2: 954, label: 'Alpha', labelX: 965, labelAnchor: 'start', left: 949, right: 1000, lane: 0 },
    ]);
    const l = layoutLanes([item('a', 'A', 100), item('b', 'B', 133)], pixels(1000, 1));
    expect(events(l).map((e) => [e.id, e.lane, e.left, e.right])).to.deep.equal([
      ['a', 0, 95, 118],
      ['b', 0, 128, 151],
    ]);
    expect(l.clusters).to.deep.equal([]);
  });

  it('starts a new cluster a gap after the last, or 48 px after its first item', () => {
    const l = layoutLanes(
      [
        item('l', 'A very long label that takes the lane', 90),
        item('p', 'P', 100),
        item('q', 'Q', 136),
        item('r', 'R', 200),
        item('s', 'S', 220),
        item('t', 'T', 248),
      ],
      pixels(1000, 1),
    );
    expect(events(l).map((e) => [e.id, e.label, e.right])).to.deep.equal([['l', 'A very long label that…', 262]]);
    expect(clusters(l)).to.deep.equal([
      { ids: 'p', id: 'cluster:p', x: 100, left: 87, right: 113, start: 100, end: 100 },
      { ids: 'q', id: 'cluster:q', x: 136, left: 123, right: 149, start: 136, end: 136 },
      { ids: 'r,s,t', id: 'cluster:r', x: 224, left: 187, right: 261, start: 200, end: 248 },
    ]);
  });

  it('labels as many synthetic events at 1280 and 1000 px as before (1,000 events, 8 lanes)', () => {
    const count = (width: number) => {
      const scale = scaleUtc()
        .domain([Date.UTC(1921, 0, 1), Date.UTC(2022, 0, 1)])
        .range([0, width]);
      const l = layoutLanes(buildItems(syntheticDataset(1000)), {
        x: (t) => scale(t),
        width,
        maxLanes: 8,
        maxLabel: 200,
        labelOf: (i) => i.event.title.en,
        measure,
      });
      return {
        events: l.events.length,
        clusters: l.clusters.length,
        lanes: l.lanes,
        leftLabels: l.events.filter((e) => e.labelAnchor === 'end').length,
        laneSum: l.events.reduce((s, e) => s + e.lane, 0),
        clustered: l.clusters.reduce((s, c) => s + c.items.length, 0),
      };
    };
    expect(count(1280)).to.deep.equal({
      events: 48,
      clusters: 26,
      lanes: 8,
      leftLabels: 0,
      laneSum: 168,
      clustered: 952,
    });
    expect(count(1000)).to.deep.equal({
      events: 33,
      clusters: 20,
      lanes: 8,
      leftLabels: 1,
      laneSum: 112,
      clustered: 967,
    });
  });
});

const abcd = () => [
  item('a', 'Alpha', 100),
  item('b', 'Bravo', 110),
  item('c', 'Charlie', 120),
  item('d', 'Delta', 200),
];

describe('layoutLanes with a kept event (focused or open)', () => {
  it('never folds the kept event: it takes its place in the first lane, and what overlaps it folds instead', () => {
    // Plainly packed, Charlie folds with Bravo.
    expect(clusters(layoutLanes(abcd(), pixels(1000, 1))).map((c) => c.ids)).to.deep.equal(['b,c']);
    const l = layoutLanes(abcd(), pixels(1000, 1, 'c'));
    expect(l.lanes).to.equal(1);
    expect(events(l)).to.deep.equal([
      { id: 'c', x: 120, x2: 120, label: 'Charlie', labelX: 131, labelAnchor: 'start', left: 115, right: 180, lane: 0 },
      { id: 'd', x: 200, x2: 200, label: 'Delta', labelX: 211, labelAnchor: 'start', left: 195, right: 246, lane: 0 },
    ]);
    expect(clusters(l)).to.deep.equal([
      { ids: 'a,b', id: 'cluster:a', x: 105, left: 87, right: 123, start: 100, end: 110 },
    ]);
  });

  it('lets events before and after it share its lane when they end or begin a full gap away', () => {
    // Kilo holds 195–239 in lane 0: Alpha beta ends at 185 (a gap before), Zulu begins at 249 (a gap after).
    const l = layoutLanes(
      [item('a', 'Alpha beta', 104), item('b', 'Bx', 150), item('k', 'Kilo', 200), item('z', 'Zulu', 254)],
      pixels(1000, 1, 'k'),
    );
    expect(events(l).map((e) => [e.id, e.lane, e.left, e.right])).to.deep.equal([
      ['a', 0, 99, 185],
      ['k', 0, 195, 239],
      ['z', 0, 249, 293],
    ]);
    expect(clusters(l).map((c) => c.ids)).to.deep.equal(['b']);
    // One pixel closer on either side, they fold.
    const near = layoutLanes(
      [item('a', 'Alpha beta', 109), item('k', 'Kilo', 200), item('z', 'Zulu', 253)],
      pixels(1000, 1, 'k'),
    );
    expect(events(near).map((e) => e.id)).to.deep.equal(['k']);
    expect(clusters(near).map((c) => c.ids)).to.deep.equal(['a', 'z']);
  });

  it('never asks for the label of an item that the kept event’s lane has already passed', () => {
    // Charlie holds lane 0 up to 180: Echo at 150 folds unmeasured, Delta at 200 is measured and placed.
    const asked: string[] = [];
    const l = layoutLanes([item('c', 'Charlie', 120), item('e', 'Echo', 150), item('d', 'Delta', 200)], {
      ...pixels(1000, 1, 'c'),
      labelOf: (i) => {
        asked.push(i.event.id);
        return i.event.title.en;
      },
    });
    expect(asked).to.deep.equal(['c', 'd']);
    expect(events(l).map((e) => [e.id, e.lane])).to.deep.equal([
      ['c', 0],
      ['d', 0],
    ]);
    expect(clusters(l).map((c) => c.ids)).to.deep.equal(['e']);
  });

  it('with every lane in use once it is placed, still fills the lane that ends first', () => {
    // Lane 0 ends at Kilo's 239, lane 1 at 275: Echo at 255 fits lane 0.
    const l = layoutLanes(
      [item('a', 'A', 100), item('b', 'Bravo with a long name', 110), item('k', 'Kilo', 200), item('e', 'E', 255)],
      pixels(1000, 2, 'k'),
    );
    expect(events(l).map((e) => [e.id, e.lane, e.left, e.right])).to.deep.equal([
      ['a', 0, 95, 118],
      ['b', 1, 105, 275],
      ['k', 0, 195, 239],
      ['e', 0, 250, 273],
    ]);
    expect(l.clusters).to.deep.equal([]);
  });

  it('folds even the kept event when there are no lanes at all, and ignores an id not in the items', () => {
    const none = layoutLanes(abcd(), pixels(1000, 0, 'c'));
    expect([none.lanes, none.events.length, clusters(none).map((c) => c.ids)]).to.deep.equal([0, 0, ['a,b,c', 'd']]);
    expect(layoutLanes(abcd(), pixels(1000, 1, 'zz'))).to.deep.equal(layoutLanes(abcd(), pixels(1000, 1)));
  });
});

describe('layoutLanes (work)', () => {
  it('never asks for the label of an item whose start every lane has already passed', () => {
    // At 100,000 events this is what keeps a frame short: once the one lane runs to 146, the items at 110, 120 and
    // 160 (whose marker would begin at 155, within a gap of 146) fold unmeasured; Delta, at 200, is measured and placed.
    const asked: string[] = [];
    const l = layoutLanes([...abcd().slice(0, 3), item('e', 'Echo', 160), abcd()[3]], {
      ...pixels(1000, 1),
      labelOf: (i) => {
        asked.push(i.event.id);
        return i.event.title.en;
      },
    });
    expect(asked).to.deep.equal(['a', 'd']);
    expect(events(l).map((e) => e.id)).to.deep.equal(['a', 'd']);
    // With two lanes both in use, the earliest end (146, not 289) decides: Delta is still measured.
    asked.length = 0;
    layoutLanes([item('l', 'A much longer label here', 90), ...abcd()], {
      ...pixels(1000, 2),
      labelOf: (i) => {
        asked.push(i.event.id);
        return i.event.title.en;
      },
    });
    expect(asked).to.deep.equal(['l', 'a', 'd']);
  });
});

describe('unfoldSingles', () => {
  const o = { width: 1000, maxLabel: 200, labelOf: (i: TimelineItem) => i.event.title.en, measure };
  const single = (id: string, title: string, x: number): Cluster => ({
    id: `cluster:${id}`,
    items: [item(id, title, x)],
    x,
    left: x - 13,
    right: x + 13,
    start: x,
    end: x,
  });
  const pair: Cluster = {
    id: 'cluster:p',
    items: [item('p', 'P', 400), item('q', 'Q', 410)],
    x: 405,
    left: 392,
    right: 418,
    start: 400,
    end: 410,
  };
  const unfolded = (r: ReturnType<typeof unfoldSingles>) => ({
    singles: r.singles.map(({ item, ...e }) => ({ id: item.event.id, ...e })),
    clusters: r.clusters.map((c) => c.id),
  });

  it('draws a cluster of one as its event in the cluster row, labelled up to the next mark', () => {
    // Room for Papa: up to the pair's left edge (392) less a gap, from 111: 271, capped at 200.
    expect(unfolded(unfoldSingles([single('a', 'Papa event', 100), pair], o))).to.deep.equal({
      singles: [
        {
          id: 'a',
          lane: -1,
          x: 100,
          x2: 100,
          label: 'Papa event',
          labelX: 111,
          labelAnchor: 'start',
          left: 95,
          right: 181,
        },
      ],
      clusters: ['cluster:p'],
    });
    // The cap: a label longer than the longest allowed is cut to it.
    expect(
      unfoldSingles([single('a', 'Papa event', 100), pair], { ...o, maxLabel: 40 }).singles.map((e) => e.label),
    ).to.deep.equal(['Papa…']);
  });

  it('cuts the label to the room before the next mark, and keeps one that fits it exactly', () => {
    // 35 px of room (next mark at 156): "Papa…" is exactly 35 px.
    const next = { ...pair, left: 156 };
    expect(
      unfoldSingles([single('a', 'Papa event', 100), next], o).singles.map((e) => [e.label, e.right]),
    ).to.deep.equal([['Papa…', 146]]);
    // 24 px of room, the least that takes a label: "Ulz" (21 px) is drawn; one pixel less and it is not.
    expect(
      unfoldSingles([single('a', 'Ulz', 100), { ...pair, left: 145 }], o).singles.map((e) => e.label),
    ).to.deep.equal(['Ulz']);
    expect(
      unfoldSingles([single('a', 'Ulz', 100), { ...pair, left: 144 }], o).singles.map((e) => [e.label, e.right]),
    ).to.deep.equal([['', 105]]);
  });

  it('leaves out a label cut to a letter and an ellipsis', () => {
    // "x y z" in 25 px becomes "x…": it tells nothing, so the mark goes alone.
    expect(
      unfoldSingles([single('a', 'x y z', 100), { ...pair, left: 146 }], o).singles.map((e) => [e.label, e.right]),
    ).to.deep.equal([['', 105]]);
  });

  it('labels the last one up to the right edge of the view', () => {
    // From 961 to 990 (the width less a gap): 29 px, "Ulz…" (28 px) fits.
    expect(
      unfolded(unfoldSingles([pair, single('a', 'Ulz river', 950)], o)).singles.map((e) => [e.label, e.right]),
    ).to.deep.equal([['Ulz…', 989]]);
    // Each single looks at the mark after it, never the one before.
    expect(
      unfoldSingles([single('a', 'Papa event', 100), single('b', 'Bravo', 300)], o).singles.map((e) => e.label),
    ).to.deep.equal(['Papa event', 'Bravo']);
  });
});

describe('clusterWindow', () => {
  it('pads a cluster by 30 % of its span, at least twenty days either side', () => {
    const day = 86_400_000;
    expect(clusterWindow({ start: 1000, end: 1000 + 100 * day } as Cluster)).to.deep.equal([
      1000 - 30 * day,
      1000 + 130 * day,
    ]);
    expect(clusterWindow({ start: 0, end: day } as Cluster)).to.deep.equal([-20 * day, 21 * day]);
  });
});
