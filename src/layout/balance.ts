import { blocAt } from '../data/partner-names.js';
import type { TimelineItem } from '../data/timeline-items.js';
import type { Bloc } from '../data/types.js';

/** The blocs in the order the strip stacks them, bottom up: the two neighbours, then the third neighbours and bodies. */
export const BLOCS: readonly Bloc[] = ['north', 'south', 'third', 'multilateral'];

/** Years per bar: decades over the whole century, five years, then single years as the view narrows. */
export type BucketSize = 1 | 5 | 10;

/** Counts per bloc and year, built once per data and filter so that every frame only adds up years. */
export interface BalanceIndex {
  firstYear: number;
  years: number;
  /** `counts[(year - firstYear) * 4 + bloc]`, blocs in `BLOCS` order. */
  counts: Uint32Array;
}

/** One bar: the years it covers and how many events touched each bloc in them. */
export interface BalanceBucket {
  /** First year, and the year after the last. */
  from: number;
  to: number;
  counts: Record<Bloc, number>;
  /** The sum over blocs (an event with partners in two blocs counts in both). */
  total: number;
}

const yearOf = (t: number) => new Date(t).getUTCFullYear();

/**
 * The counting rule: an event counts once in each bloc among its partners (the bloc each was in at the time), in
 * the year it starts. Two partners of
 * one bloc count once; an event with no partner (a domestic milestone) counts nowhere.
 */
export function balanceIndex(items: readonly TimelineItem[]): BalanceIndex {
  if (!items.length) return { firstYear: 0, years: 0, counts: new Uint32Array(0) };
  const firstYear = items[0].startDate.year;
  const years = items[items.length - 1].startDate.year - firstYear + 1;
  const counts = new Uint32Array(years * 4);
  for (const item of items) {
    const row = (item.startDate.year - firstYear) * 4;
    let seen = 0;
    for (const p of item.partners) {
      const b = BLOCS.indexOf(p.blocs ? blocAt(p, item.start) : p.bloc);
      if (b < 0 || seen & (1 << b)) continue;
      seen |= 1 << b;
      counts[row + b]++;
    }
  }
  return { firstYear, years, counts };
}

/** The bar size for a window: decades when more than 50 years show, five years above 15, else single years. */
export function bucketSize(window: readonly [number, number]): BucketSize {
  const years = (window[1] - window[0]) / (365.25 * 86_400_000);
  return years > 50 ? 10 : years > 15 ? 5 : 1;
}

/** Adds up the years `from` (inclusive) to `to` (exclusive). */
export function countYears(index: BalanceIndex, from: number, to: number): BalanceBucket {
  const counts: Record<Bloc, number> = { north: 0, south: 0, third: 0, multilateral: 0 };
  const first = Math.max(from, index.firstYear) - index.firstYear;
  const last = Math.min(to, index.firstYear + index.years) - index.firstYear;
  for (let y = first; y < last; y++) for (let b = 0; b < 4; b++) counts[BLOCS[b]] += index.counts[y * 4 + b];
  return { from, to, counts, total: counts.north + counts.south + counts.third + counts.multilateral };
}

/** The bars covering a window, aligned to calendar multiples of `size` (1990, 2000… or 1995, 2000…). */
export function balanceBuckets(
  index: BalanceIndex,
  window: readonly [number, number],
  size: BucketSize,
): BalanceBucket[] {
  const buckets: BalanceBucket[] = [];
  const last = yearOf(window[1] - 1);
  for (let y = Math.floor(yearOf(window[0]) / size) * size; y <= last; y += size)
    buckets.push(countYears(index, y, y + size));
  return buckets;
}

/** What the strip draws for a window: its bars, and the sum over the years in view for the caption. */
export function balanceView(
  index: BalanceIndex,
  window: readonly [number, number],
): { buckets: BalanceBucket[]; inView: BalanceBucket } {
  return {
    buckets: balanceBuckets(index, window, bucketSize(window)),
    inView: countYears(index, yearOf(window[0]), yearOf(window[1] - 1) + 1),
  };
}
