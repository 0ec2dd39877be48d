import { expect } from '@open-wc/testing';
import { buildItems, countByPartner, filterItems } from '../../src/data/timeline-items.js';
import { longestDuration, lowerBound, visibleItems } from '../../src/layout/visible-window.js';
import { syntheticDataset, tinyDataset } from '../helpers/fixtures.js';

describe('items and the visible window', () => {
  const items = buildItems(tinyDataset);

  it('sorts items by start and resolves partners', () => {
    expect(items.map((i) => i.event.id)).to.deep.equal(['a-1939', 'b-1960', 'c-1987', 'e-2005', 'd-2019']);
    expect(items[0].range).to.equal(true);
    expect(items[0].end).to.equal(Date.UTC(1939, 8, 17));
    expect(items[3].partners.map((p) => p.id)).to.deep.equal(['us', 'cn']);
  });

  it('filters by any chosen partner', () => {
    expect(filterItems(items, new Set(['cn'])).map((i) => i.event.id)).to.deep.equal(['b-1960', 'e-2005']);
    expect(filterItems(items, new Set())).to.have.length(5);
    expect(countByPartner(items)).to.deep.equal(
      new Map([
        ['ru', 2],
        ['cn', 2],
        ['us', 2],
      ]),
    );
  });

  it('finds the window by binary search, ranges that reach into it included', () => {
    const longest = longestDuration(items);
    const w = visibleItems(items, Date.UTC(1939, 6, 1), Date.UTC(1961, 0, 1), longest);
    expect(w.map((i) => i.event.id)).to.deep.equal(['a-1939', 'b-1960']);
    expect(lowerBound(items, Date.UTC(1987, 0, 27))).to.equal(2);
  });

  it('agrees with a linear scan on 5,000 items', () => {
    const many = buildItems(syntheticDataset(5000, 7));
    const longest = longestDuration(many);
    for (const [a, b] of [
      [1930, 1931],
      [1921, 2022],
      [1990, 1990.1],
      [2021, 2022],
    ]) {
      const t0 = Date.UTC(Math.floor(a), 0, 1) + (a % 1) * 3e10;
      const t1 = Date.UTC(Math.floor(b), 0, 1) + (b % 1) * 3e10;
      const fast = visibleItems(many, t0, t1, longest).map((i) => i.event.id);
      const slow = many.filter((i) => i.end >= t0 && i.start <= t1).map((i) => i.event.id);
      expect(fast).to.deep.equal(slow);
    }
  });
});
