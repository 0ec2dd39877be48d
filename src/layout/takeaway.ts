import { countYears, type BalanceIndex } from './balance.js';

/** The year the article's story turns on: the democratic revolution and the end of the Soviet alliance. */
export const TURN = 1990;

/** Who led a period's foreign ties: Russia/USSR, China, or the third neighbours and multilateral bodies together. */
export type Lead = 'north' | 'south' | 'others';

/** One sentence of the takeaway: a period, who led its ties, with what share, out of how many. */
export interface TakeawayPart {
  /** First and last year, inclusive. */
  from: number;
  to: number;
  lead: Lead | null;
  /** The lead's share of the period's ties, in whole percent. */
  share: number;
  ties: number;
}

/**
 * What a reader should take away from the years in view (`from`–`to`, inclusive), counted like the balance strip:
 * the period before and after 1990 when the view spans that year, else the view whole, each with the group that
 * had the most ties. The third neighbours and the multilateral bodies count together, as the article's "third
 * neighbour" balance against both neighbours; a tie goes to the neighbours (north, then south).
 */
export function takeaway(index: BalanceIndex, from: number, to: number): TakeawayPart[] {
  const periods: [number, number][] =
    from <= TURN && to > TURN
      ? [
          [from, TURN],
          [TURN + 1, to],
        ]
      : [[from, to]];
  return periods.map(([a, b]) => {
    const c = countYears(index, a, b + 1);
    const groups: [Lead, number][] = [
      ['north', c.counts.north],
      ['south', c.counts.south],
      ['others', c.counts.third + c.counts.multilateral],
    ];
    const [lead, n] = groups.reduce((best, g) => (g[1] > best[1] ? g : best));
    return {
      from: a,
      to: b,
      lead: c.total ? lead : null,
      share: c.total ? Math.round((100 * n) / c.total) : 0,
      ties: c.total,
    };
  });
}
