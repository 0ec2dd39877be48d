import { expect } from '@open-wc/testing';
import { bundledDataset } from '../../src/data/bundled-dataset.js';
import { bundledNow, bundledSettled, loadBundled, provideBundled } from '../../src/data/bundled.js';
import { loadDataset } from '../../src/data/load-dataset.js';
import { tinyDataset } from '../helpers/fixtures.js';

describe('the bundled dataset, loaded on demand', () => {
  it('loads once: every call answers the same promise, and then it is there and settled', async () => {
    const first = loadBundled();
    expect(loadBundled()).to.equal(first);
    expect(await first).to.equal(bundledDataset);
    expect(bundledNow()).to.equal(bundledDataset);
    expect(bundledSettled()).to.equal(true);
  });

  it('takes a dataset provided up front (as the server entry does), at once and for the next load', async () => {
    try {
      provideBundled(tinyDataset);
      expect(bundledNow()).to.equal(tinyDataset);
      expect(bundledSettled()).to.equal(true);
      expect(await loadBundled()).to.equal(tinyDataset);
      expect(loadDataset(undefined).items.map((i) => i.event.id)).to.deep.equal([
        'a-1939',
        'b-1960',
        'c-1987',
        'e-2005',
        'd-2019',
      ]);
    } finally {
      provideBundled(bundledDataset);
    }
  });
});
