import { expect } from '@open-wc/testing';
import { bundledDataset } from '../../src/data/bundled-dataset.js';
import { buildItems } from '../../src/data/timeline-items.js';
import type { Bloc } from '../../src/data/types.js';
import { BLOCS, balanceIndex, type BalanceIndex } from '../../src/layout/balance.js';
import { hitEdges } from '../../src/layout/hit-spans.js';
import { silences, silencesIn } from '../../src/layout/silences.js';
import { takeaway } from '../../src/layout/takeaway.js';

// Exact edges of the small layout rules the strip and the takeaway rest on.

describe('takeaway (edges)', () => {
  const index = balanceIndex(buildItems(bundledDataset));

  it('names China when it led: 1946–1955', () => {
    expect(takeaway(index, 1946, 1955)).to.deep.equal([{ from: 1946, to: 1955, lead: 'south', share: 42, ties: 19 }]);
  });

  it('splits a view that starts in 1990 itself, and keeps one that starts in 1991 whole', () => {
    expect(takeaway(index, 1990, 2000)).to.deep.equal([
      { from: 1990, to: 1990, lead: 'south', share: 40, ties: 5 },
      { from: 1991, to: 2000, lead: 'others', share: 52, ties: 23 },
    ]);
    expect(takeaway(index, 1991, 2000)).to.deep.equal([{ from: 1991, to: 2000, lead: 'others', share: 52, ties: 23 }]);
  });
});

/** An index from `firstYear` with ties in the given years per bloc. */
function ties(firstYear: number, years: number, list: Partial<Record<Bloc, number[]>>): BalanceIndex {
  const counts = new Uint32Array(years * 4);
  for (const [bloc, ys] of Object.entries(list)) {
    for (const y of ys) counts[(y - firstYear) * 4 + BLOCS.indexOf(bloc as Bloc)] += 1;
  }
  return { firstYear, years, counts };
}

describe('silences (edges)', () => {
  it('lists silences that begin the same year in the strip’s bloc order', () => {
    const index = ties(1950, 30, { multilateral: [1950, 1970], south: [1950, 1975], north: [1950, 1965] });
    expect(silences(index)).to.deep.equal([
      { bloc: 'north', from: 1951, to: 1964 },
      { bloc: 'south', from: 1951, to: 1974 },
      { bloc: 'multilateral', from: 1951, to: 1969 },
    ]);
  });

  it('keeps a silence clipped to exactly the minimum, and drops one a year shorter', () => {
    const all = [{ bloc: 'north' as Bloc, from: 1951, to: 1980 }];
    expect(silencesIn(all, 1971, 1990)).to.deep.equal([{ bloc: 'north', from: 1971, to: 1980 }]);
    expect(silencesIn(all, 1972, 1990)).to.deep.equal([]);
  });
});

describe('hitEdges (a row that does not start at 0)', () => {
  it('shares a short row equally from where it starts, and widens a narrow bar there too', () => {
    expect(hitEdges([100, 102, 104, 160])).to.deep.equal([100, 120, 140, 160]);
    expect(hitEdges([300, 304, 340, 380])).to.deep.equal([300, 324, 348, 380]);
  });
});
