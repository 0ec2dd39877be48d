import { expect } from '@open-wc/testing';
import { buildItems } from '../src/data/timeline-items.js';
import { eventLabel, parseWindow, toIso } from '../src/timeline-state.js';
import { event, tinyDataset } from './helpers/fixtures.js';

describe('timeline state', () => {
  it('labels an event by title, date and partners at the time, and a domestic one without a trailing comma', () => {
    const items = buildItems({
      ...tinyDataset,
      events: [tinyDataset.events[0], event('home', '1992-01-13', [], { title: 'New constitution' })],
    });
    const byId = new Map(items.map((i) => [i.event.id, i]));
    expect(eventLabel(byId.get('a-1939')!, 'en')).to.equal('Khalkhin Gol, 11 May 1939 – 16 September 1939, USSR');
    expect(eventLabel(byId.get('home')!, 'en')).to.equal('New constitution, 13 January 1992');
  });

  it('reads windows with an inclusive end, and refuses reversed or unreadable ones', () => {
    expect(parseWindow('1990', '1990')).to.deep.equal([Date.UTC(1990, 0, 1), Date.UTC(1991, 0, 1)]);
    expect(parseWindow('1990-06', '', [0, Date.UTC(2000, 0, 1)])).to.deep.equal([
      Date.UTC(1990, 5, 1),
      Date.UTC(2000, 0, 1),
    ]);
    expect(parseWindow('1991', '1990')).to.equal(null);
    expect(parseWindow('abc', '1990')).to.equal(null);
    expect([toIso(new Date(Date.UTC(2000, 1, 29))), toIso(new Date(NaN)), toIso('')]).to.deep.equal([
      '2000-02-29',
      'Invalid Date',
      '(empty)',
    ]);
  });
});
