import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { isSafeUrl, validateDataset } from '../../src/data/validate.js';
import { event, tinyDataset } from '../helpers/fixtures.js';

describe('validateDataset', () => {
  it('accepts a valid dataset whole', () => {
    const { dataset, errors } = validateDataset(tinyDataset);
    expect(errors).to.deep.equal([]);
    expect(dataset.events).to.have.length(5);
  });

  it('skips each bad record with its path and reason, keeping the rest', () => {
    const bad = [
      { ...event('x1', '2021-02-30', ['ru']) },
      { ...event('x2', '1990', ['ru']), end: '1980' },
      { ...event('x3', '1990', ['zz']) },
      { ...event('x4', '1990', ['ru']), kind: 'party' },
      { ...event('x5', '1990', ['ru']), sources: [{ title: 't', publisher: 'p', url: 'javascript:alert(1)' }] },
      { ...event('a-1939', '1990', ['ru']) },
      { ...event('x7', '1990', ['ru']), title: { en: 'x'.repeat(81) } },
      { id: 'x8', date: '1990' },
    ];
    const { dataset, errors } = validateDataset({ ...tinyDataset, events: [...tinyDataset.events, ...bad] });
    expect(dataset.events).to.have.length(5);
    expect(errors.map((e) => e.path)).to.deep.equal(['events[5]', 'events[6]', 'events[7]', 'events[8]', 'events[9]', 'events[10]', 'events[11]', 'events[12]']);
    expect(errors[0].reason).to.match(/impossible/);
    expect(errors[1].reason).to.equal('end before date');
    expect(errors[2].reason).to.match(/unknown partner id "zz"/);
    expect(errors[3].reason).to.match(/unknown kind/);
    expect(errors[4].reason).to.match(/unsafe/);
    expect(errors[5].reason).to.equal('duplicate id');
    expect(errors[6].reason).to.match(/longer than 80/);
    expect(errors[7].reason).to.match(/title/);
  });

  it('allows only http and https links', () => {
    expect(isSafeUrl('https://www.nato.int/')).to.equal(true);
    expect(isSafeUrl('http://example.org')).to.equal(true);
    for (const bad of ['javascript:alert(1)', 'data:text/html,x', 'ftp://x', '/relative', 42]) expect(isSafeUrl(bad)).to.equal(false);
  });

  it('never throws on arbitrary JSON (property)', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.jsonValue(), (a, b) => {
        const r1 = validateDataset(a);
        const r2 = validateDataset({ partners: [a], events: [b] });
        expect(r1.dataset.events.length + r2.dataset.events.length).to.be.at.most(1);
      }),
      { seed: 100000, numRuns: 300 },
    );
  });
});
