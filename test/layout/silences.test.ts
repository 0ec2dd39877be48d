import { expect } from '@open-wc/testing';
import { bundledDataset } from '../../src/data/bundled-dataset.js';
import { buildItems } from '../../src/data/timeline-items.js';
import type { Bloc } from '../../src/data/types.js';
import { BLOCS, balanceIndex, type BalanceIndex } from '../../src/layout/balance.js';
import { namedSilences, silences, silencesIn } from '../../src/layout/silences.js';

/** An index from `firstYear` with ties in the given years per bloc. */
function index(firstYear: number, years: number, ties: Partial<Record<Bloc, number[]>>): BalanceIndex {
  const counts = new Uint32Array(years * 4);
  for (const [bloc, list] of Object.entries(ties)) {
    for (const y of list) counts[(y - firstYear) * 4 + BLOCS.indexOf(bloc as Bloc)] += 1;
  }
  return { firstYear, years, counts };
}

describe('silences', () => {
  const fixture = index(1950, 50, { south: [1950, 1966, 1986, 1999], north: [1950, 1955, 1960, 1999], third: [1990] });

  it('finds the runs of at least ten years with no tie, between two ties, in time order', () => {
    expect(silences(fixture)).to.deep.equal([
      { bloc: 'south', from: 1951, to: 1965 },
      { bloc: 'north', from: 1961, to: 1998 },
      { bloc: 'south', from: 1967, to: 1985 },
      { bloc: 'south', from: 1987, to: 1998 },
    ]);
  });

  it('counts exactly min years as a silence, and one year fewer as none', () => {
    const ten = index(2000, 12, { south: [2000, 2011] });
    expect(silences(ten, 10)).to.deep.equal([{ bloc: 'south', from: 2001, to: 2010 }]);
    expect(silences(ten, 11)).to.deep.equal([]);
  });

  it('leaves out the years before a bloc’s first tie and after its last', () => {
    expect(silences(fixture).some((s) => s.bloc === 'third')).to.equal(false);
    expect(silences(index(1921, 0, {}))).to.deep.equal([]);
  });

  it('clips to a window and drops what the clipping makes too short', () => {
    expect(silencesIn(silences(fixture), 1970, 1990)).to.deep.equal([
      { bloc: 'north', from: 1970, to: 1990 },
      { bloc: 'south', from: 1970, to: 1985 },
    ]);
    expect(silencesIn(silences(fixture), 1980, 1990)).to.deep.equal([{ bloc: 'north', from: 1980, to: 1990 }]);
  });

  it('names only the blocs the filter shows', () => {
    expect(namedSilences(fixture, 1950, 1999, new Set<Bloc>(['south'])).map((s) => s.bloc)).to.deep.equal([
      'south',
      'south',
      'south',
    ]);
    expect(namedSilences(fixture, 1950, 1999, null)).to.have.length(4);
  });

  it('finds in the bundled data the 1926–1935 silence with China and 1962–1991 with multilateral bodies', () => {
    const all = silences(balanceIndex(buildItems(bundledDataset)));
    expect(all).to.deep.equal([
      { bloc: 'south', from: 1926, to: 1935 },
      { bloc: 'multilateral', from: 1962, to: 1991 },
    ]);
  });
});
