import type { ScaleTime } from 'd3-scale';
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

const FORMATS: Record<TickLevel, Intl.DateTimeFormatOptions> = {
  decade: { year: 'numeric', timeZone: 'UTC' },
  year: { year: 'numeric', timeZone: 'UTC' },
  month: { year: 'numeric', month: 'short', timeZone: 'UTC' },
  day: { month: 'short', day: 'numeric', timeZone: 'UTC' },
};

/** A tick label formatter for the level and language. */
export function tickFormatter(level: TickLevel, lang: string): (d: Date) => string {
  const f = dateFormatter(lang, FORMATS[level]);
  return (d) => f(d.getTime());
}

/** Ticks roughly every `spacing` pixels, their level and labels. */
export function axisTicks(
  scale: ScaleTime<number, number>,
  width: number,
  lang: string,
  spacing = 90,
): { ticks: Date[]; level: TickLevel; format: (d: Date) => string } {
  const ticks = scale.ticks(Math.max(2, Math.floor(width / spacing)));
  const level = tickLevel(ticks);
  return { ticks, level, format: tickFormatter(level, lang) };
}
