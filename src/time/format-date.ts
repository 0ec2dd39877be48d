import type { PreciseDate, Precision } from './precise-date.js';

const OPTIONS: Record<Precision, Intl.DateTimeFormatOptions> = {
  year: { year: 'numeric', timeZone: 'UTC' },
  month: { year: 'numeric', month: 'long', timeZone: 'UTC' },
  day: { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' },
};

/** The locale used for dates: British order for English ("18 March 1921"). */
export function dateLocale(lang: string): string {
  return lang === 'en' ? 'en-GB' : lang;
}

/** Formats a date at its own precision: "1921", "March 1921", "18 March 1921". */
export function formatDate(d: PreciseDate, lang = 'en'): string {
  return new Intl.DateTimeFormat(dateLocale(lang), OPTIONS[d.precision]).format(d.time);
}

/** Formats an event's date, or its range when it has an end: "1967 – 1992". */
export function formatDateRange(start: PreciseDate, end: PreciseDate | null, lang = 'en'): string {
  if (!end) return formatDate(start, lang);
  return `${formatDate(start, lang)} – ${formatDate(end, lang)}`;
}

const YEAR = 365.25 * 86_400_000;

/** A visible window written at a precision that suits its span: "1921 – 2021", "June 1990 – March 1991". */
export function formatWindow(t0: number, t1: number, lang = 'en'): string {
  const span = t1 - t0;
  const precision: Precision = span > 3 * YEAR ? 'year' : span > 90 * 86_400_000 ? 'month' : 'day';
  const last = t1 - 1;
  const f = new Intl.DateTimeFormat(dateLocale(lang), OPTIONS[precision]);
  const a = f.format(t0);
  const b = f.format(last);
  return a === b ? a : `${a} – ${b}`;
}
