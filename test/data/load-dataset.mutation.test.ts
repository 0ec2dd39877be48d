import { expect } from '@open-wc/testing';
import { bundledDataset } from '../../src/data/bundled-dataset.js';
import { bundledNow, loadBundled } from '../../src/data/bundled.js';
import { loadDataset, MAX_EVENTS, tooManyEvents } from '../../src/data/load-dataset.js';
import { dataDomain } from '../../src/timeline-state.js';
import { tinyDataset } from '../helpers/fixtures.js';

describe('tooManyEvents', () => {
  it('gives the count only above the limit, and never throws', () => {
    expect(MAX_EVENTS).to.equal(100_000);
    expect(tooManyEvents({ events: new Array(MAX_EVENTS) })).to.equal(null);
    expect(tooManyEvents({ events: new Array(MAX_EVENTS + 1) })).to.equal(MAX_EVENTS + 1);
    for (const raw of [undefined, null, 5, 'events', [], {}, { events: {} }, { events: 'x'.repeat(MAX_EVENTS + 1) }])
      expect(tooManyEvents(raw)).to.equal(null);
  });
});

describe('loadDataset', () => {
  it('validates custom data, keeping the valid records, spanning their own extent', () => {
    const era = {
      id: 'era',
      from: '1939',
      to: '1945',
      name: { en: 'Era' },
      summary: { en: 'An era.' },
      sources: [{ title: 'Source', url: 'https://example.org/era', publisher: 'Example' }],
    };
    const { items, eras, errors, domain } = loadDataset({ ...tinyDataset, events: [...tinyDataset.events, { id: 'BAD' }], eras: [era] });
    expect(items.map((i) => i.event.id)).to.deep.equal(['a-1939', 'b-1960', 'c-1987', 'e-2005', 'd-2019']);
    expect(eras).to.deep.equal([era]);
    expect(errors).to.deep.equal([{ path: 'events[5]', reason: 'missing or malformed id' }]);
    expect(domain).to.deep.equal(dataDomain(items));
    expect(loadDataset(tinyDataset).eras).to.deep.equal([]);
  });

  it('draws the bundled data without validating it again, over the century', async () => {
    await loadBundled();
    expect(bundledNow()).to.equal(bundledDataset);
    const { items, eras, errors, domain } = loadDataset(undefined);
    expect(items).to.have.length(bundledDataset.events.length);
    expect(eras).to.equal(bundledDataset.eras);
    expect(errors).to.deep.equal([]);
    expect(domain).to.deep.equal(dataDomain(null));
  });
});
