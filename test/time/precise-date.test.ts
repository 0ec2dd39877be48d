import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { formatDate, formatDateRange, formatWindow } from '../../src/time/format-date.js';
import { formatIso, isoDay, parseDate, periodEnd } from '../../src/time/precise-date.js';

describe('parseDate', () => {
  it('reads the three precisions in UTC', () => {
    expect(parseDate('1921')).to.deep.equal({ year: 1921, precision: 'year', time: Date.UTC(1921, 0, 1) });
    expect(parseDate('1921-03')).to.deep.include({ month: 3, precision: 'month', time: Date.UTC(1921, 2, 1) });
    expect(parseDate('1921-03-18')).to.deep.include({ day: 18, precision: 'day', time: Date.UTC(1921, 2, 18) });
  });

  it('rejects impossible and malformed dates', () => {
    for (const bad of ['2021-02-30', '2021-13', '2021-00', '1900-02-29', '21', '1921-3-1', 'abc', '', null, 1921]) {
      expect(parseDate(bad), String(bad)).to.equal(null);
    }
    expect(parseDate('2000-02-29')).to.not.equal(null);
  });

  it('gives the end of each period', () => {
    expect(periodEnd(parseDate('1921')!)).to.equal(Date.UTC(1922, 0, 1));
    expect(periodEnd(parseDate('1921-12')!)).to.equal(Date.UTC(1922, 0, 1));
    expect(periodEnd(parseDate('1921-02-28')!)).to.equal(Date.UTC(1921, 2, 1));
  });

  it('round-trips every precision (property)', () => {
    const date = fc
      .record({
        y: fc.integer({ min: 1000, max: 2999 }),
        m: fc.integer({ min: 1, max: 12 }),
        d: fc.integer({ min: 1, max: 31 }),
        p: fc.constantFrom(1, 2, 3),
      })
      .map(({ y, m, d, p }) =>
        [String(y), String(m).padStart(2, '0'), String(d).padStart(2, '0')].slice(0, p).join('-'),
      );
    fc.assert(
      fc.property(date, (text) => {
        const parsed = parseDate(text);
        if (parsed) expect(formatIso(parsed)).to.equal(text);
        else expect(text.length).to.equal(10); // only a day can be impossible
      }),
      { seed: 20210318, numRuns: 500 },
    );
  });

  it('writes a timestamp as a day', () => {
    expect(isoDay(Date.UTC(1990, 5, 15, 23, 59))).to.equal('1990-06-15');
  });
});

describe('formatDate', () => {
  it('writes each precision in English', () => {
    expect(formatDate(parseDate('1921')!)).to.equal('1921');
    expect(formatDate(parseDate('1921-03')!)).to.equal('March 1921');
    expect(formatDate(parseDate('1921-03-18')!)).to.equal('18 March 1921');
    expect(formatDateRange(parseDate('1967')!, parseDate('1992-09')!)).to.equal('1967 – September 1992');
  });

  it('writes a window at a precision that suits its span', () => {
    expect(formatWindow(Date.UTC(1921, 0, 1), Date.UTC(2022, 0, 1))).to.equal('1921 – 2021');
    expect(formatWindow(Date.UTC(1990, 5, 1), Date.UTC(1991, 2, 1))).to.equal('June 1990 – February 1991');
    expect(formatWindow(Date.UTC(1990, 5, 1), Date.UTC(1990, 5, 11))).to.equal('1 June 1990 – 10 June 1990');
  });

  it('writes Mongolian dates with the year', () => {
    expect(formatDate(parseDate('1921-03-18')!, 'mn')).to.match(/1921/);
  });
});

describe('Mongolian dates', () => {
  it('match CLDR patterns whether or not the browser has the locale', async () => {
    const { formatMongolian } = await import('../../src/time/date-patterns.js');
    const t = Date.UTC(1921, 2, 18);
    expect(formatMongolian(t, { year: 'numeric', month: 'long', day: 'numeric' })).to.equal(
      '1921 оны гуравдугаар сарын 18',
    );
    expect(formatMongolian(t, { year: 'numeric', month: 'long' })).to.equal('1921 оны гуравдугаар сар');
    expect(formatMongolian(t, { year: 'numeric', month: 'short' })).to.equal('1921 оны 3-р сар');
    expect(formatMongolian(t, { month: 'short', day: 'numeric' })).to.equal('3-р сарын 18');
    expect(formatDate(parseDate('1921-03-18')!, 'mn')).to.equal('1921 оны гуравдугаар сарын 18');
    expect(formatDate(parseDate('1921-03')!, 'mn')).to.equal('1921 оны гуравдугаар сар');
  });
});

describe('English date patterns', () => {
  it('print exactly what Intl prints for en-GB (property)', async () => {
    const { formatEnglish } = await import('../../src/time/date-patterns.js');
    const sets: Intl.DateTimeFormatOptions[] = [
      { year: 'numeric' },
      { year: 'numeric', month: 'long' },
      { year: 'numeric', month: 'long', day: 'numeric' },
      { year: 'numeric', month: 'short' },
      { month: 'short', day: 'numeric' },
    ];
    fc.assert(
      fc.property(
        fc.integer({ min: Date.UTC(1900, 0, 1), max: Date.UTC(2100, 0, 1) }),
        fc.constantFrom(...sets),
        (t, o) => {
          expect(formatEnglish(t, o)).to.equal(new Intl.DateTimeFormat('en-GB', { ...o, timeZone: 'UTC' }).format(t));
        },
      ),
      { seed: 1206, numRuns: 400 },
    );
  });
});
