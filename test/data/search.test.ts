import { expect } from '@open-wc/testing';
import { searchItems, splitMatches } from '../../src/data/search.js';
import { buildItems } from '../../src/data/timeline-items.js';
import { tinyDataset } from '../helpers/fixtures.js';

describe('search', () => {
  const items = buildItems(tinyDataset);
  const ids = (q: string) => searchItems(items, q).map((i) => i.event.id);

  it('matches titles, summaries and partner names (historical too) in every language, ignoring case', () => {
    expect(ids('KHALKHIN')).to.deep.equal(['a-1939']);
    expect(ids('summary of d-2019')).to.deep.equal(['d-2019']);
    expect(ids('united states')).to.deep.equal(['c-1987', 'e-2005']);
    expect(ids('ussr')).to.deep.equal(['a-1939', 'd-2019']);
    expect(ids('Орос')).to.deep.equal(['a-1939', 'd-2019']);
    expect(ids('  ')).to.have.length(5);
    expect(ids('yurt')).to.deep.equal([]);
  });

  it('splits text around every match, keeping the original case', () => {
    expect(splitMatches('Khalkhin Gol, khalkha river', 'KHALKH')).to.deep.equal(['', 'Khalkh', 'in Gol, ', 'khalkh', 'a river']);
    expect(splitMatches('No match', 'zz')).to.deep.equal(['No match']);
    expect(splitMatches('Anything', '')).to.deep.equal(['Anything']);
  });
});
