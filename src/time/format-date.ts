import { formatEnglish, formatMongolian } from './date-patterns.js';
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

/**
 * A date formatter for the language: our English patterns for `en` (identical to `en-GB`, without Intl's start-up
 * cost); for other languages `Intl.DateTimeFormat` where the browser has the locale, else our Mongolian patterns for
 * `mn`, else English.
 */
export function dateFormatter(lang: string, options: Intl.DateTimeFormatOptions): (time: number) => string {
  const key = `${lang} ${JSON.stringify(options)}`;
  let f = formatters.get(key);
  if (!f) formatters.set(key, (f = makeFormatter(lang, options)));
  return f;
}

// Building an Intl.DateTimeFormat costs far more than using one, so each is built once. The cache holds only
// immutable formatters for a handful of option sets, so sharing it between instances changes no behaviour.
const formatters = new Map<string, (time: number) => string>();

function makeFormatter(lang: string, options: Intl.DateTimeFormatOptions): (time: number) => string {
  if (lang === 'en') return (t) => formatEnglish(t, options);
  const locale = dateLocale(lang);
  if (Intl.DateTimeFormat.supportedLocalesOf([locale]).length > 0) {
    const f = new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' });
    return (t) => f.format(t);
  }
  if (lang === 'mn') return (t) => formatMongolian(t, options);
  return (t) => formatEnglish(t, options);
}

/** Formats a date at its own precision: "1921", "March 1921", "18 March 1921". */
export function formatDate(d: PreciseDate, lang = 'en'): string {
  return dateFormatter(lang, OPTIONS[d.precision])(d.time);
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
  // A window read back from a zoom transform is off by a few milliseconds of floating point: round to the minute.
  const minute = 60_000;
  const last = Math.round(t1 / minute) * minute - 1;
  const f = dateFormatter(lang, OPTIONS[precision]);
  const a = f(Math.round(t0 / minute) * minute);
  const b = f(last);
  return a === b ? a : `${a} – ${b}`;
}
