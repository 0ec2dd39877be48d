import type { Era } from '../data/types.js';
import { parseDate, periodEnd, type PreciseDate } from '../time/precise-date.js';

/** An era ready to draw: its span in time, its row in the band, and its colour (one of `ERA_COLORS`). */
export interface EraItem {
  era: Era;
  /** Its dates, parsed once. */
  from: PreciseDate;
  to: PreciseDate;
  start: number;
  /** The first instant after its last year, month or day. */
  end: number;
  row: number;
  color: number;
}

/** How many colours eras cycle through (`--_era0` … in the styles). */
export const ERA_COLORS = 6;

/**
 * Gives each era a row, by time alone so that rows never change with the zoom: the first row whose last era ended
 * before this one starts. Eras whose dates do not parse are left out (validation reports them).
 */
export function eraItems(eras: readonly Era[]): { items: EraItem[]; rows: number } {
  const items: EraItem[] = [];
  eras.forEach((era, i) => {
    const from = parseDate(era.from);
    const to = parseDate(era.to);
    if (from && to) items.push({ era, from, to, start: from.time, end: periodEnd(to), row: 0, color: i % ERA_COLORS });
  });
  items.sort((a, b) => a.start - b.start || b.end - a.end);
  const rowEnds: number[] = [];
  for (const item of items) {
    let row = rowEnds.findIndex((end) => end <= item.start);
    if (row < 0) row = rowEnds.push(0) - 1;
    rowEnds[row] = item.end;
    item.row = row;
  }
  return { items, rows: rowEnds.length };
}
