import { expect } from '@open-wc/testing';
import type { Era } from '../../src/data/types.js';
import { ERA_COLORS, eraItems } from '../../src/layout/eras.js';

const era = (id: string, from: string, to: string): Era => ({
  id,
  from,
  to,
  name: { en: id },
  summary: { en: id },
  sources: [],
});

describe('eraItems', () => {
  it('parses the dates once, ends each era after its last period, and leaves out impossible dates', () => {
    const { items, rows } = eraItems([era('b', '1939-05', '1939-09-16'), era('bad', '1990-13', '1991')]);
    expect(rows).to.equal(1);
    expect(items).to.have.length(1);
    const [b] = items;
    expect(b.era.id).to.equal('b');
    expect([b.from.precision, b.to.precision]).to.deep.equal(['month', 'day']);
    expect([b.start, b.end]).to.deep.equal([Date.UTC(1939, 4, 1), Date.UTC(1939, 8, 17)]);
    expect(eraItems([era('x', '1921', 'soon')])).to.deep.equal({ items: [], rows: 0 });
    expect(eraItems([era('x', 'then', '1921')])).to.deep.equal({ items: [], rows: 0 });
  });

  it('sorts by start then longest first, gives each the first row free by its start, and cycles six colours', () => {
    expect(ERA_COLORS).to.equal(6);
    const { items, rows } = eraItems([
      era('a', '1921', '1945'),
      era('b', '1939-05', '1939-09-16'),
      era('c', '1945', '1990'),
      era('bad', '1990-13', '1991'),
      era('d', '1946', '1950'),
      era('e', '1921-03', '1960'),
      era('f', '1921', '1930'),
      era('g', '1921', '1930'),
      era('h', '1921', '1930'),
      era('i', '1921', '1930'),
    ]);
    expect(rows).to.equal(6);
    expect(items.map((i) => [i.era.id, i.row, i.color])).to.deep.equal([
      ['a', 0, 0],
      ['f', 1, 0],
      ['g', 2, 1],
      ['h', 3, 2],
      ['i', 4, 3],
      ['e', 5, 5],
      ['b', 1, 1],
      ['c', 1, 2],
      ['d', 0, 4],
    ]);
    expect(items.map((i) => [i.start, i.end])).to.deep.equal([
      [Date.UTC(1921, 0, 1), Date.UTC(1946, 0, 1)],
      [Date.UTC(1921, 0, 1), Date.UTC(1931, 0, 1)],
      [Date.UTC(1921, 0, 1), Date.UTC(1931, 0, 1)],
      [Date.UTC(1921, 0, 1), Date.UTC(1931, 0, 1)],
      [Date.UTC(1921, 0, 1), Date.UTC(1931, 0, 1)],
      [Date.UTC(1921, 2, 1), Date.UTC(1961, 0, 1)],
      [Date.UTC(1939, 4, 1), Date.UTC(1939, 8, 17)],
      [Date.UTC(1945, 0, 1), Date.UTC(1991, 0, 1)],
      [Date.UTC(1946, 0, 1), Date.UTC(1951, 0, 1)],
    ]);
  });
});
