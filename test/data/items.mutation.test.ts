import { expect } from '@open-wc/testing';
import { searchItems, splitMatches } from '../../src/data/search.js';
import { buildItems, countByPartner, filterItems, itemsExtent } from '../../src/data/timeline-items.js';
import type { Dataset } from '../../src/data/types.js';
import { event, tinyDataset } from '../helpers/fixtures.js';

const partners = tinyDataset.partners;

describe('buildItems (exact)', () => {
  it('sorts by start, then id; leaves out impossible dates; shares one partner list per set of partners', () => {
    const items = buildItems({
      partners,
      events: [
        event('c', '1990', ['ru']),
        event('a', '1990', ['ru', 'zz']),
        event('bad', '1990-02-30', ['ru']),
        event('b', '1990', ['ru']),
        event('d', '1989-12-31', ['cn']),
      ],
    });
    expect(items.map((i) => i.event.id)).to.deep.equal(['d', 'a', 'b', 'c']);
    expect(items[1].partners).to.deep.equal([partners[0]]);
    expect(items[2].partners).to.equal(items[3].partners);
    expect(items[2].partners).to.deep.equal([partners[0]]);
  });

  it('counts a partner whose bloc changed in the bloc of each event’s own date, even beside a fixed partner', () => {
    const tw = { id: 'tw', name: { en: 'Taiwan' }, bloc: 'third' as const, color: '#777777', blocs: [{ bloc: 'south' as const, to: '2001' }] };
    const items = buildItems({
      partners: [...partners, tw],
      events: [
        event('tw-1995', '1995', ['tw', 'us']),
        event('tw-2010', '2010', ['tw', 'us']),
        event('us-1995', '1995', ['us', 'cn']),
        event('us-2010', '2010', ['us', 'cn']),
      ],
    });
    expect(items.map((i) => [i.event.id, i.blocs])).to.deep.equal([
      ['tw-1995', ['south', 'third']],
      ['us-1995', ['third', 'south']],
      ['tw-2010', ['third', 'third']],
      ['us-2010', ['third', 'south']],
    ]);
  });

  it('ends a range after its last period, never before its start', () => {
    const [point, range, backwards] = buildItems({
      partners,
      events: [
        event('p', '1990-05', ['ru']),
        event('r', '1991-05', ['ru'], { end: '1991-06' }),
        event('x', '1992-05-10', ['ru'], { end: '1992-05-01' }),
      ],
    });
    expect([point.start, point.end, point.range, point.endDate]).to.deep.equal([
      Date.UTC(1990, 4, 1),
      Date.UTC(1990, 4, 1),
      false,
      null,
    ]);
    expect([range.start, range.end, range.range]).to.deep.equal([Date.UTC(1991, 4, 1), Date.UTC(1991, 6, 1), true]);
    expect([backwards.start, backwards.end]).to.deep.equal([Date.UTC(1992, 4, 10), Date.UTC(1992, 4, 10)]);
  });
});

describe('filterItems, countByPartner and itemsExtent (exact)', () => {
  const items = buildItems(tinyDataset);

  it('keeps a copy of all for no choice, else the items with any chosen partner', () => {
    const all = filterItems(items, new Set());
    expect(all).to.deep.equal(items);
    expect(all).not.to.equal(items);
    expect(filterItems(items, new Set(['cn'])).map((i) => i.event.id)).to.deep.equal(['b-1960', 'e-2005']);
  });

  it('counts a partner listed twice in one event once', () => {
    const twice = buildItems({ partners, events: [event('t', '1990', ['ru', 'ru']), event('u', '1991', ['ru', 'cn'])] });
    expect([...countByPartner(twice)]).to.deep.equal([
      ['ru', 2],
      ['cn', 1],
    ]);
    expect([...countByPartner(items)].sort()).to.deep.equal([
      ['cn', 2],
      ['ru', 2],
      ['us', 2],
    ]);
  });

  it('spans from the first start to the latest end', () => {
    expect(itemsExtent([])).to.equal(null);
    const ranged = buildItems({
      partners,
      events: [event('a', '1950', ['ru'], { end: '1980' }), event('b', '1960', ['ru']), event('c', '1970-03', ['ru'])],
    });
    expect(itemsExtent(ranged)).to.deep.equal([Date.UTC(1950, 0, 1), Date.UTC(1981, 0, 1)]);
  });
});

describe('searchItems and splitMatches (exact)', () => {
  // Fresh items for each test: search texts are cached per item.
  const fresh = (dataset: Dataset = tinyDataset) => buildItems(dataset);
  const ids = (query: string) => searchItems(fresh(), query).map((i) => i.event.id);

  it('matches titles, summaries and partner names in every language, across word boundaries', () => {
    expect(ids('gol summary')).to.deep.equal(['a-1939']);
    expect(ids('KHALKHIN')).to.deep.equal(['a-1939']);
    expect(ids('russia орос')).to.deep.equal(['a-1939', 'd-2019']);
    expect(ids('ussr')).to.deep.equal(['a-1939', 'd-2019']);
    expect(ids('ussr зху')).to.deep.equal(['a-1939', 'd-2019']);
    expect(ids('хятад')).to.deep.equal(['b-1960', 'e-2005']);
    expect(ids('of e-2005. united states')).to.deep.equal(['e-2005']);
    expect(ids('nothing like this')).to.deep.equal([]);
    expect(ids('  ')).to.have.length(5);
  });

  it('finds an item the same way on every search', () => {
    const items = fresh();
    expect(searchItems(items, 'china').map((i) => i.event.id)).to.deep.equal(['b-1960', 'e-2005']);
    expect(searchItems(items, 'хятад').map((i) => i.event.id)).to.deep.equal(['b-1960', 'e-2005']);
  });

  it('splits around matches, and not at all where lower-casing changes the length', () => {
    expect(splitMatches('Khalkhin Gol', 'kh')).to.deep.equal(['', 'Kh', 'al', 'kh', 'in Gol']);
    expect(splitMatches('İstanbul', 'stan')).to.deep.equal(['İstanbul']);
    expect(splitMatches('Gol', ' ')).to.deep.equal(['Gol']);
  });
});
