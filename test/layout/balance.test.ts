import { expect } from '@open-wc/testing';
import { buildItems } from '../../src/data/timeline-items.js';
import { balanceBuckets, balanceIndex, bucketSize, countYears } from '../../src/layout/balance.js';
import { counted } from '../helpers/fixtures.js';

const Y = (y: number) => Date.UTC(y, 0, 1);
const row = (b: { from: number; counts: Record<string, number>; total: number }) => [
  b.from,
  b.counts.north,
  b.counts.south,
  b.counts.third,
  b.counts.multilateral,
  b.total,
];

describe('balance', () => {
  const index = balanceIndex(buildItems(counted));

  it('counts decades by hand: each bloc of an event once, in its first year, domestic events nowhere', () => {
    expect(balanceBuckets(index, [Y(1921), Y(1960)], 10).map(row)).to.deep.equal([
      [1920, 2, 2, 0, 0, 4],
      [1930, 1, 1, 2, 1, 5],
      [1940, 0, 0, 0, 0, 0],
      [1950, 0, 0, 0, 1, 1],
    ]);
  });

  it('counts five-year and single-year bars aligned to the calendar', () => {
    expect(balanceBuckets(index, [Y(1921), Y(1940)], 5).map(row)).to.deep.equal([
      [1920, 1, 0, 0, 0, 1],
      [1925, 1, 2, 0, 0, 3],
      [1930, 0, 1, 0, 0, 1],
      [1935, 1, 0, 2, 1, 4],
    ]);
    expect(balanceBuckets(index, [Y(1929), Y(1932)], 1).map(row)).to.deep.equal([
      [1929, 1, 1, 0, 0, 2],
      [1930, 0, 0, 0, 0, 0],
      [1931, 0, 1, 0, 0, 1],
    ]);
    expect(row(countYears(index, 1900, 2100))).to.deep.equal([1900, 3, 3, 2, 2, 10]);
  });

  it('sizes bars by the span in view: decades, five years, single years', () => {
    expect([
      bucketSize([Y(1921), Y(2022)]),
      bucketSize([Y(1960), Y(1990)]),
      bucketSize([Y(1985), Y(1995)]),
    ]).to.deep.equal([10, 5, 1]);
  });

  it('is empty for no events', () => {
    expect(balanceBuckets(balanceIndex([]), [Y(1990), Y(1992)], 1).map(row)).to.deep.equal([
      [1990, 0, 0, 0, 0, 0],
      [1991, 0, 0, 0, 0, 0],
    ]);
  });
});
