/** How precisely a date is known. */
export type Precision = 'year' | 'month' | 'day';

/** A calendar date known to a precision, anchored in UTC. */
export interface PreciseDate {
  year: number;
  /** 1–12, when the precision is month or day. */
  month?: number;
  /** 1–31, when the precision is day. */
  day?: number;
  precision: Precision;
  /** The first millisecond of the period, UTC. */
  time: number;
}

const DATE_RE = /^(-?\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** Date.UTC, except that years 0–99 stay themselves instead of becoming 1900–1999. Months and days may overflow. */
function utc(year: number, monthIndex: number, day: number): number {
  const d = new Date(Date.UTC(year, monthIndex, day));
  if (year >= 0 && year < 100) d.setUTCFullYear(d.getUTCFullYear() - 1900);
  return d.getTime();
}

/** Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; returns `null` for anything else, including impossible dates like `2021-02-30`. */
export function parseDate(text: unknown): PreciseDate | null {
  if (typeof text !== 'string') return null;
  const m = DATE_RE.exec(text.trim());
  if (!m) return null;
  const year = Number(m[1]);
  if (m[2] === undefined) return { year, precision: 'year', time: utc(year, 0, 1) };
  const month = Number(m[2]);
  if (month < 1 || month > 12) return null;
  if (m[3] === undefined) return { year, month, precision: 'month', time: utc(year, month - 1, 1) };
  const day = Number(m[3]);
  const time = utc(year, month - 1, day);
  if (day < 1 || new Date(time).getUTCDate() !== day) return null;
  return { year, month, day, precision: 'day', time };
}

/** The first millisecond after the period the date covers (the next year, month or day). */
export function periodEnd(d: PreciseDate): number {
  if (d.precision === 'year') return utc(d.year + 1, 0, 1);
  if (d.precision === 'month') return utc(d.year, d.month!, 1);
  return utc(d.year, d.month! - 1, d.day! + 1);
}

/** Writes a date back in the dataset's format at its own precision. */
export function formatIso(d: PreciseDate): string {
  const y = String(d.year).padStart(4, '0');
  if (d.precision === 'year') return y;
  const m = String(d.month).padStart(2, '0');
  if (d.precision === 'month') return `${y}-${m}`;
  return `${y}-${m}-${String(d.day).padStart(2, '0')}`;
}

/** A UTC timestamp as a day-precision `YYYY-MM-DD` string. */
export function isoDay(time: number): string {
  const d = new Date(time);
  return formatIso({
    year: d.getUTCFullYear(),
    month: d.getUTCMonth() + 1,
    day: d.getUTCDate(),
    precision: 'day',
    time,
  });
}
