import { expect } from '@open-wc/testing';
import { scaleUtc } from 'd3-scale';
import { axisTicks, tickFormatter } from '../../src/time/ticks.js';

const utc = (y: number, m = 1, d = 1) => new Date(Date.UTC(y, m - 1, d));

describe('axis ticks', () => {
  it('labels as a calendar does: years, months with January as its year, days with the first naming its month', () => {
    expect(tickFormatter('decade', 'en')(utc(1930), 0)).to.equal('1930');
    const month = tickFormatter('month', 'en');
    expect([utc(1990, 1), utc(1990, 4), utc(1990, 9)].map((d, i) => month(d, i))).to.deep.equal([
      '1990',
      'Apr',
      'Sept',
    ]);
    const day = tickFormatter('day', 'en');
    expect([utc(2021, 12, 5), utc(2021, 12, 12), utc(2022, 1, 1)].map((d, i) => day(d, i))).to.deep.equal([
      '5 Dec',
      '12',
      'Jan',
    ]);
    expect(tickFormatter('month', 'mn')(utc(1990, 4), 1)).to.match(/^4.*сар$/);
  });

  it('asks for fewer ticks until labels leave 12 px between them, keeping calendar steps', () => {
    const measure = (text: string) => text.length * 11;
    const scale = scaleUtc()
      .domain([utc(1990), utc(1992)])
      .range([0, 360]);
    const { ticks, level, format } = axisTicks(scale, 360, 'en', measure);
    expect(level).to.equal('month');
    expect(ticks.map((t, i) => format(t, i))).to.deep.equal(['Jul', '1991', 'Jul']);
    for (let i = 1; i < ticks.length; i++) expect(scale(ticks[i]) - scale(ticks[i - 1])).to.be.at.least(12 + 4 * 11);
  });

  it('leaves out ticks within 28 px of either edge', () => {
    const scale = scaleUtc()
      .domain([utc(1921), utc(2022)])
      .range([0, 800]);
    const { ticks } = axisTicks(scale, 800, 'en', (t) => t.length * 7);
    expect(ticks.every((t) => scale(t) >= 28 && scale(t) <= 772)).to.equal(true);
    expect(ticks.map((t) => t.getUTCFullYear())).to.include.members([1930, 1950, 2000]);
  });
});
