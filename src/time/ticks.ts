import type { ScaleTime } from 'd3-scale';
import { utcMonth } from 'd3-time';
import { dateFormatter } from './format-date.js';

/** The unit the axis is labelled in at the current zoom. */
export type TickLevel = 'decade' | 'year' | 'month' | 'day';

const DAY = 86_400_000;

/** The level matching the spacing of consecutive ticks. */
export function tickLevel(ticks: readonly Date[]): TickLevel {
  if (ticks.length < 2) return 'year';
  const step = ticks[1].getTime() - ticks[0].getTime();
  if (step >= 3600 * DAY) return 'decade';
  if (step >= 360 * DAY) return 'year';
  if (step >= 28 * DAY) return 'month';
  return 'day';
}

/** Formats a tick from its date and its index among the visible ticks. */
export type TickFormat = (d: Date, i: number) => string;

/**
 * A tick label formatter for the level and language. As on a printed calendar, months are named alone except
 * January, which names its year; days are numbered alone, except that the first of a month names the month and the
 * first tick shown names day and month.
 */
export function tickFormatter(level: TickLevel, lang: string): TickFormat {
  const year = dateFormatter(lang, { year: 'numeric', timeZone: 'UTC' });
  if (level === 'decade' || level === 'year') return (d) => year(d.getTime());
  const month = dateFormatter(lang, { month: 'short', timeZone: 'UTC' });
  if (level === 'month') return (d) => (d.getUTCMonth() === 0 ? year : month)(d.getTime());
  const dayMonth = dateFormatter(lang, { month: 'short', day: 'numeric', timeZone: 'UTC' });
  return (d, i) =>
    i === 0 ? dayMonth(d.getTime()) : d.getUTCDate() === 1 ? month(d.getTime()) : String(d.getUTCDate());
}

/**
 * Ticks roughly every `spacing` pixels, their level and labels, leaving out those too near an edge. d3 may choose an interval up to twice as dense as
 * asked; when `measure` says the labels would then touch, sparser calendar steps are tried (d3's, and half-years,
 * which d3 lacks between quarters and years), densest first.
 */
export function axisTicks(
  scale: ScaleTime<number, number>,
  width: number,
  lang: string,
  measure?: (text: string) => number,
  spacing = 64,
): { ticks: Date[]; level: TickLevel; format: TickFormat } {
  // Ticks too near an edge would have their labels cut in half: they are left out.
  const labelled = (all: Date[]) => {
    const level = tickLevel(all);
    const ticks = all.filter((t) => scale(t) >= 28 && scale(t) <= width - 28);
    return { ticks, level, format: tickFormatter(level, lang) };
  };
  const densest = scale.ticks(Math.max(2, Math.floor(width / spacing)));
  if (!measure) return labelled(densest);
  const fits = (all: Date[]) => {
    const option = labelled(all);
    const { ticks, format } = option;
    const gap = (i: number) => (measure(format(ticks[i], i)) + measure(format(ticks[i - 1], i - 1))) / 2 + 12;
    return ticks.every((t, i) => i === 0 || scale(t) - scale(ticks[i - 1]) >= gap(i)) ? option : null;
  };
  const best = fits(densest);
  if (best) return best;
  const candidates = [scale.ticks(utcMonth.every(6)!).filter((t) => t >= scale.domain()[0])];
  for (let count = Math.floor(width / spacing) - 1; count >= 2; count--) candidates.push(scale.ticks(count));
  const sparser = candidates
    .filter((c) => c.length > 0 && c.length < densest.length)
    .sort((a, b) => b.length - a.length);
  for (const all of sparser) {
    const option = fits(all);
    if (option) return option;
  }
  return labelled(sparser[sparser.length - 1] ?? densest);
}
