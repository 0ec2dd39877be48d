import type { Bloc } from '../data/types.js';
import { BLOCS, type BalanceIndex } from './balance.js';

/** Years without a recorded tie that make a silence worth naming. */
export const SILENCE_YEARS = 10;

/** A span of years in which a bloc had no recorded tie, between two years that had one. */
export interface Silence {
  bloc: Bloc;
  /** First and last silent year, inclusive. */
  from: number;
  to: number;
}

/**
 * The silences of the data, bloc by bloc: runs of at least `min` years with no tie counted (by the balance strip's
 * rule), between a year with a tie and the next. The years before a bloc's first tie and after its last are not
 * silences: nothing was broken off there. In time order, then bloc order.
 */
export function silences(index: BalanceIndex, min = SILENCE_YEARS): Silence[] {
  const out: Silence[] = [];
  BLOCS.forEach((bloc, b) => {
    let last = -1;
    for (let y = 0; y < index.years; y++) {
      if (!index.counts[y * 4 + b]) continue;
      if (last >= 0 && y - last - 1 >= min) {
        out.push({ bloc, from: index.firstYear + last + 1, to: index.firstYear + y - 1 });
      }
      last = y;
    }
  });
  return out.sort((a, b) => a.from - b.from || BLOCS.indexOf(a.bloc) - BLOCS.indexOf(b.bloc));
}

/** The silences that overlap the years `from`–`to` (inclusive), clipped to them, still at least `min` years long. */
export function silencesIn(all: readonly Silence[], from: number, to: number, min = SILENCE_YEARS): Silence[] {
  return all
    .map((s) => ({ ...s, from: Math.max(s.from, from), to: Math.min(s.to, to) }))
    .filter((s) => s.to - s.from + 1 >= min);
}

/**
 * The silences the takeaway names for the years `from`–`to`: those of the blocs in `blocs` (all blocs when `null`,
 * that is, with no partner filter), so that a filter to one partner never reads as a silence of the others.
 */
export function namedSilences(
  index: BalanceIndex,
  from: number,
  to: number,
  blocs: ReadonlySet<Bloc> | null,
  min = SILENCE_YEARS,
): Silence[] {
  return silencesIn(silences(index, min), from, to, min).filter((s) => !blocs || blocs.has(s.bloc));
}
