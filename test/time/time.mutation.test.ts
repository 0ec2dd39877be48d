import { expect } from '@open-wc/testing';
import { scaleUtc } from 'd3-scale';
import { formatEnglish, formatMongolian } from '../../src/time/date-patterns.js';
import { dateFormatter, dateLocale, formatDate, formatDateRange, formatWindow } from '../../src/time/format-date.js';
import { formatIso, isoDay, parseDate, periodEnd } from '../../src/time/precise-date.js';
import { axisTicks, tickFormatter, tickLevel } from '../../src/time/ticks.js';

const DAY = 86_400_000;
const utc = (y: number, m = 1, d = 1) => new Date(Date.UTC(y, m - 1, d));
/** The first millisecond of a year of four digits or fewer, which `Date.UTC` would move to 19xx. */
const yearStart = (iso: string) => new Date(`${iso}T00:00:00Z`).getTime();

// Formatters are cached by language and options: a never-seen option makes `dateFormatter` build a new one.
let nonce = 0;
const fresh = (o: Intl.DateTimeFormatOptions) => ({ ...o, [`nonce${nonce++}`]: 1 }) as Intl.DateTimeFormatOptions;

describe('parseDate (edges)', () => {
  it('reads a leading minus as a year BC, which only a four-digit year may carry', () => {
    expect(parseDate('-0356')).to.deep.equal({ year: -356, precision: 'year', time: Date.UTC(-356, 0, 1) });
    expect(parseDate('-0356-07')).to.deep.equal({
      year: -356,
      month: 7,
      precision: 'month',
      time: Date.UTC(-356, 6, 1),
    });
    expect(parseDate('-0356-07-20')).to.deep.equal({
      year: -356,
      month: 7,
      day: 20,
      precision: 'day',
      time: Date.UTC(-356, 6, 20),
    });
    expect(parseDate('-356')).to.equal(null);
    expect(parseDate('-00356')).to.equal(null);
  });

  it('keeps the years 0 to 99 as themselves, and 100 on', () => {
    expect(parseDate('0000')).to.deep.equal({ year: 0, precision: 'year', time: yearStart('0000-01-01') });
    expect(parseDate('0050-03')!.time).to.equal(yearStart('0050-03-01'));
    expect(parseDate('0099-12-31')!.time).to.equal(yearStart('0099-12-31'));
    expect(parseDate('0100')!.time).to.equal(yearStart('0100-01-01'));
    expect(periodEnd(parseDate('0099')!)).to.equal(yearStart('0100-01-01'));
  });

  it('accepts only the digits 0 to 9, and a hyphen between the parts', () => {
    // ':' is the character after '9', '/' the one before '0'.
    for (const bad of ['199:', '19/0', '19x0', '1990-0:', '1990-1/', '1990-0x', '1990-05-3:', '1990-05-0x'])
      expect(parseDate(bad), bad).to.equal(null);
    for (const bad of ['1990x05', '1990-05x01', '1990 05 01', '1990-05-00', '1990-00', '1990-13'])
      expect(parseDate(bad), bad).to.equal(null);
    expect(parseDate('1999-09-09')!.time).to.equal(Date.UTC(1999, 8, 9));
    expect(parseDate('2000-02-29')!.day).to.equal(29);
    expect(parseDate('1900-02-29')).to.equal(null);
  });
});

describe('formatIso and isoDay (edges)', () => {
  it('writes years BC with a minus and four digits, year 0 without', () => {
    expect(formatIso(parseDate('-0356')!)).to.equal('-0356');
    expect(formatIso(parseDate('-0044-03-15')!)).to.equal('-0044-03-15');
    expect(formatIso(parseDate('0000')!)).to.equal('0000');
    expect(formatIso(parseDate('0005-01')!)).to.equal('0005-01');
    expect(isoDay(Date.UTC(1921, 2, 8))).to.equal('1921-03-08');
    expect(isoDay(yearStart('0050-07-04'))).to.equal('0050-07-04');
  });
});

describe('date patterns', () => {
  const t = Date.UTC(1921, 2, 18);

  it('writes English for each option set', () => {
    expect(formatEnglish(t, { year: 'numeric' })).to.equal('1921');
    expect(formatEnglish(t, { month: 'long' })).to.equal('March');
    expect(formatEnglish(t, { month: 'short' })).to.equal('Mar');
    expect(formatEnglish(t, { year: 'numeric', month: 'long' })).to.equal('March 1921');
    expect(formatEnglish(t, { month: 'short', day: 'numeric' })).to.equal('18 Mar');
    expect(formatEnglish(t, { year: 'numeric', month: 'long', day: 'numeric' })).to.equal('18 March 1921');
  });

  it('writes Mongolian for each option set and every month', () => {
    expect(formatMongolian(t, { year: 'numeric' })).to.equal('1921');
    expect(formatMongolian(t, { month: 'long' })).to.equal('гуравдугаар сар');
    expect(formatMongolian(t, { month: 'short' })).to.equal('3-р сар');
    expect(formatMongolian(t, { year: 'numeric', month: 'short' })).to.equal('1921 оны 3-р сар');
    expect(formatMongolian(t, { month: 'short', day: 'numeric' })).to.equal('3-р сарын 18');
    expect(formatMongolian(t, { year: 'numeric', month: 'long', day: 'numeric' })).to.equal(
      '1921 оны гуравдугаар сарын 18',
    );
    const months = Array.from({ length: 12 }, (_, m) => formatMongolian(Date.UTC(2000, m, 1), { month: 'long' }));
    expect(months).to.deep.equal([
      'нэгдүгээр сар',
      'хоёрдугаар сар',
      'гуравдугаар сар',
      'дөрөвдүгээр сар',
      'тавдугаар сар',
      'зургаадугаар сар',
      'долоодугаар сар',
      'наймдугаар сар',
      'есдүгээр сар',
      'аравдугаар сар',
      'арван нэгдүгээр сар',
      'арван хоёрдугаар сар',
    ]);
  });
});

describe('dateFormatter', () => {
  const long: Intl.DateTimeFormatOptions = { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' };
  const t = Date.UTC(1921, 2, 18, 23, 30);

  it('uses British order for English', () => {
    expect(dateLocale('en')).to.equal('en-GB');
    expect(dateLocale('mn')).to.equal('mn');
    expect(dateFormatter('en', fresh(long))(t)).to.equal('18 March 1921');
    expect(dateFormatter('en', fresh({ month: 'short', timeZone: 'UTC' }))(t)).to.equal('Mar');
  });

  it('builds each formatter once', () => {
    expect(dateFormatter('en', long)).to.equal(dateFormatter('en', { ...long }));
    expect(dateFormatter('en', long)).not.to.equal(dateFormatter('de', long));
  });

  it('uses Intl, in UTC, for languages the browser has, and English for those it lacks', () => {
    expect(dateFormatter('de', fresh(long))(t)).to.equal('18. März 1921');
    expect(dateFormatter('fr', fresh({ year: 'numeric', month: 'long', timeZone: 'UTC' }))(t)).to.equal('mars 1921');
    expect(formatDate({ year: 1921, month: 3, day: 18, precision: 'day', time: t }, 'de')).to.equal('18. März 1921');
    expect(formatDate({ year: 1921, precision: 'year', time: Date.UTC(1921, 11, 31, 23) }, 'de')).to.equal('1921');
    expect(formatDate({ year: 1921, month: 12, precision: 'month', time: Date.UTC(1921, 11, 31, 23) }, 'de')).to.equal(
      'Dezember 1921',
    );
    expect(dateFormatter('zz', fresh(long))(t)).to.equal('18 March 1921');
  });

  it('writes a range only when there is an end', () => {
    const start = parseDate('1967')!;
    expect(formatDateRange(start, null)).to.equal('1967');
    expect(formatDateRange(start, parseDate('1992-05')!)).to.equal('1967 – May 1992');
  });
});

describe('formatWindow (edges)', () => {
  const YEAR = 365.25 * DAY;
  const t0 = Date.UTC(1990, 0, 1);

  it('writes days up to 90 days, months up to three years, years beyond', () => {
    expect(formatWindow(t0, t0 + 90 * DAY)).to.equal('1 January 1990 – 31 March 1990');
    expect(formatWindow(t0, t0 + 90 * DAY + 60_000)).to.equal('January 1990 – April 1990');
    expect(formatWindow(t0, t0 + 3 * YEAR)).to.equal('January 1990 – December 1992');
    expect(formatWindow(t0, t0 + 3 * YEAR + 60_000)).to.equal('1990 – 1992');
    expect(formatWindow(t0, t0 + DAY)).to.equal('1 January 1990');
  });
});

describe('tickLevel', () => {
  const ticks = (step: number) => [new Date(0), new Date(step * DAY), new Date(2 * step * DAY)];

  it('names the level from the step between ticks', () => {
    expect(tickLevel([])).to.equal('year');
    expect(tickLevel([new Date(0)])).to.equal('year');
    expect(tickLevel([new Date(0), new Date(DAY)])).to.equal('day');
    expect(tickLevel(ticks(3600))).to.equal('decade');
    expect(tickLevel(ticks(3599))).to.equal('year');
    expect(tickLevel(ticks(360))).to.equal('year');
    expect(tickLevel(ticks(359))).to.equal('month');
    expect(tickLevel(ticks(28))).to.equal('month');
    expect(tickLevel(ticks(27))).to.equal('day');
    expect(tickLevel(ticks(1))).to.equal('day');
  });
});

describe('tickFormatter (each level)', () => {
  it('labels years, months and days', () => {
    expect(tickFormatter('year', 'en')(utc(1931, 6, 15), 3)).to.equal('1931');
    expect(tickFormatter('decade', 'en')(utc(1930), 0)).to.equal('1930');
    const month = tickFormatter('month', 'en');
    expect([month(utc(1991, 1), 0), month(utc(1991, 2), 1), month(utc(1991, 12), 2)]).to.deep.equal([
      '1991',
      'Feb',
      'Dec',
    ]);
    const day = tickFormatter('day', 'en');
    expect([
      day(utc(1991, 3, 1), 0),
      day(utc(1991, 3, 9), 1),
      day(utc(1991, 4, 1), 2),
      day(utc(1991, 4, 2), 3),
    ]).to.deep.equal(['1 Mar', '9', 'Apr', '2']);
  });
});

describe('axisTicks (exact)', () => {
  const iso = (ticks: Date[]) => ticks.map((t) => t.toISOString().slice(0, 10));
  const labels = (r: ReturnType<typeof axisTicks>) => r.ticks.map((t, i) => r.format(t, i));

  it('gives decades over a century, leaving out the edges', () => {
    const scale = scaleUtc()
      .domain([utc(1921), utc(2022)])
      .range([0, 800]);
    const plain = axisTicks(scale, 800, 'en');
    expect(plain.level).to.equal('decade');
    expect(labels(plain)).to.deep.equal(['1930', '1940', '1950', '1960', '1970', '1980', '1990', '2000', '2010']);
    const wide = axisTicks(
      scaleUtc()
        .domain([utc(1921), utc(2022)])
        .range([0, 1000]),
      1000,
      'en',
      (t) => t.length * 40,
    );
    expect(labels(wide)).to.deep.equal(['1940', '1960', '1980', '2000']);
  });

  it('gives months and days, densest first when the labels fit', () => {
    const months = axisTicks(
      scaleUtc()
        .domain([utc(1990), utc(1991)])
        .range([0, 600]),
      600,
      'en',
      (t) => t.length * 9,
    );
    expect(months.level).to.equal('month');
    expect(labels(months)).to.deep.equal([
      'Feb',
      'Mar',
      'Apr',
      'May',
      'Jun',
      'Jul',
      'Aug',
      'Sept',
      'Oct',
      'Nov',
      'Dec',
    ]);
    const days = axisTicks(
      scaleUtc()
        .domain([utc(1990, 3, 10), utc(1990, 4, 20)])
        .range([0, 500]),
      500,
      'en',
      (t) => t.length * 8,
    );
    expect(days.level).to.equal('day');
    expect(labels(days)).to.deep.equal(['18 Mar', '25', 'Apr', '8', '15']);
  });

  it('falls back to quarters or half-years, and to the sparsest option when nothing fits', () => {
    const q = axisTicks(
      scaleUtc()
        .domain([utc(1990, 1, 15), utc(1992, 1, 15)])
        .range([0, 500]),
      500,
      'en',
      (t) => t.length * 12,
    );
    expect(iso(q.ticks)).to.deep.equal([
      '1990-04-01',
      '1990-07-01',
      '1990-10-01',
      '1991-01-01',
      '1991-04-01',
      '1991-07-01',
      '1991-10-01',
    ]);
    const spaced = axisTicks(
      scaleUtc()
        .domain([utc(1990), utc(1992)])
        .range([0, 700]),
      700,
      'en',
      (t) => t.length * 10,
      40,
    );
    expect(labels(spaced)).to.deep.equal(['Apr', 'Jul', 'Oct', '1991', 'Apr', 'Jul', 'Oct']);
    const none = axisTicks(
      scaleUtc()
        .domain([utc(1990, 1, 15), utc(1990, 3, 1)])
        .range([0, 300]),
      300,
      'en',
      (t) => t.length * 30,
    );
    expect(none.level).to.equal('month');
    expect(iso(none.ticks)).to.deep.equal(['1990-02-01']);
  });
});
