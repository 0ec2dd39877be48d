import { expect } from '@open-wc/testing';
import { bundledDataset } from '../../src/data/bundled-dataset.js';
import { buildItems } from '../../src/data/timeline-items.js';
import { balanceIndex } from '../../src/layout/balance.js';
import { takeaway } from '../../src/layout/takeaway.js';

// Hand counts from data/events.json (each event once per bloc of its partners, in the year it starts):
// 1921–1990: north 80, south 40, third 52, multilateral 3 (175 ties);
// 1991–2021: north 31, south 42, third 65, multilateral 36 (174 ties);
// 1960–1975: north 14, south 9, third 13, multilateral 1 (37 ties: a tie between Russia/USSR and the others).
const index = balanceIndex(buildItems(bundledDataset));

describe('takeaway', () => {
  it('splits the century at 1990 and names who led each half, with its share', () => {
    expect(takeaway(index, 1921, 2021)).to.deep.equal([
      { from: 1921, to: 1990, lead: 'north', share: 46, ties: 175 },
      { from: 1991, to: 2021, lead: 'others', share: 58, ties: 174 },
    ]);
  });

  it('keeps a view on one side of 1990 whole, and gives a tie to the neighbours', () => {
    expect(takeaway(index, 1960, 1975)).to.deep.equal([{ from: 1960, to: 1975, lead: 'north', share: 38, ties: 37 }]);
    expect(takeaway(index, 1991, 2000)[0].from).to.equal(1991);
    expect(takeaway(index, 1990, 1990)).to.have.length(1);
  });

  it('says when a period has no ties', () => {
    expect(takeaway(balanceIndex([]), 1930, 1931)).to.deep.equal([
      { from: 1930, to: 1931, lead: null, share: 0, ties: 0 },
    ]);
  });
});
