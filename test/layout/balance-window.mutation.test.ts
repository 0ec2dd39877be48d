import { expect } from '@open-wc/testing';
import { buildItems } from '../../src/data/timeline-items.js';
import type { Partner } from '../../src/data/types.js';
import { balanceIndex, balanceView, bucketSize, countYears } from '../../src/layout/balance.js';
import { longestDuration, lowerBound, visibleItems } from '../../src/layout/visible-window.js';
import { counted, event, tinyDataset } from '../helpers/fixtures.js';

const Y = (y: number) => Date.UTC(y, 0, 1);
const YEAR = 365.25 * 86_400_000;

describe('balance (edges)', () => {
  it('indexes nothing for no events, and one row per year from the first start to the last', () => {
    expect(balanceIndex([])).to.deep.equal({ firstYear: 0, years: 0, counts: new Uint32Array(0) });
    const index = balanceIndex(buildItems(tinyDataset));
    expect([index.firstYear, index.years, index.counts.length]).to.deep.equal([1939, 81, 324]);
  });

  it('counts no bloc it does not know', () => {
    const odd = { ...tinyDataset.partners[2], id: 'odd', bloc: 'east' } as unknown as Partner;
    const items = buildItems({
      partners: [...tinyDataset.partners, odd],
      events: [event('x', '1990', ['odd', 'ru']), event('y', '1991', ['odd'])],
    });
    expect(Array.from(balanceIndex(items).counts)).to.deep.equal([1, 0, 0, 0, 0, 0, 0, 0]);
  });

  it('adds up whole buckets into exactly the four blocs', () => {
    const index = balanceIndex(buildItems(tinyDataset));
    expect(countYears(index, 1900, 2100)).to.deep.equal({
      from: 1900,
      to: 2100,
      counts: { north: 2, south: 2, third: 2, multilateral: 0 },
      total: 6,
    });
  });

  it('switches bar sizes above 50 and above 15 years in view', () => {
    expect(bucketSize([0, 50 * YEAR])).to.equal(5);
    expect(bucketSize([0, 50 * YEAR + 1])).to.equal(10);
    expect(bucketSize([0, 15 * YEAR])).to.equal(1);
    expect(bucketSize([0, 15 * YEAR + 1])).to.equal(5);
  });

  it('gives the bars of a window and the sum over the years in view', () => {
    const index = balanceIndex(buildItems(counted));
    const view = balanceView(index, [Y(1929), Y(1932)]);
    expect(view.buckets.map((b) => [b.from, b.to, b.total])).to.deep.equal([
      [1929, 1930, 2],
      [1930, 1931, 0],
      [1931, 1932, 1],
    ]);
    expect(view.inView).to.deep.equal({
      from: 1929,
      to: 1932,
      counts: { north: 1, south: 2, third: 0, multilateral: 0 },
      total: 3,
    });
    expect(balanceView(index, [Y(1921), Y(1960)]).buckets.map((b) => b.from)).to.deep.equal([
      1920, 1925, 1930, 1935, 1940, 1945, 1950, 1955,
    ]);
  });
});

describe('visible window (edges)', () => {
  const items = buildItems({
    partners: tinyDataset.partners,
    events: [
      event('a', '1950', ['ru'], { end: '1959' }),
      event('b', '1955-06', ['ru']),
      event('c', '1960-01-01', ['ru']),
      event('d', '1961', ['ru']),
    ],
  });

  it('finds the longest duration and the first item at or after a time', () => {
    expect(longestDuration(items)).to.equal(Y(1960) - Y(1950));
    expect(longestDuration([])).to.equal(0);
    expect([
      lowerBound(items, Y(1950)),
      lowerBound(items, Y(1950) + 1),
      lowerBound(items, Y(1960)),
      lowerBound(items, Y(1970)),
    ]).to.deep.equal([0, 1, 2, 4]);
  });

  it('keeps the items overlapping a window, an item starting on its last instant included', () => {
    const longest = longestDuration(items);
    const ids = (t0: number, t1: number) => visibleItems(items, t0, t1, longest).map((i) => i.event.id);
    expect(ids(Y(1957), Y(1960))).to.deep.equal(['a', 'c']);
    expect(ids(Y(1956), Y(1959))).to.deep.equal(['a']);
    expect(ids(Y(1960), Y(1960))).to.deep.equal(['a', 'c']);
    expect(ids(Y(1960) + 1, Y(1961) - 1)).to.deep.equal([]);
    expect(ids(Y(1940), Y(1950) - 1)).to.deep.equal([]);
  });
});
