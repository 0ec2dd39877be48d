import { expect } from '@open-wc/testing';
import { blocAt, localize, partnerNameAt } from '../../src/data/partner-names.js';
import type { Partner } from '../../src/data/types.js';
import { tinyDataset } from '../helpers/fixtures.js';

const [ru, cn] = tinyDataset.partners;

describe('localize', () => {
  it('gives the text in the language asked for, else English, and says which', () => {
    expect(localize({ en: 'Russia', mn: 'Орос' }, 'mn')).to.deep.equal({ text: 'Орос', lang: 'mn' });
    expect(localize({ en: 'Russia', mn: 'Орос' }, 'en')).to.deep.equal({ text: 'Russia', lang: 'en' });
    expect(localize({ en: 'United States' }, 'mn')).to.deep.equal({ text: 'United States', lang: 'en' });
    expect(localize({ en: 'United States', mn: '' }, 'mn')).to.deep.equal({ text: 'United States', lang: 'en' });
  });
});

describe('partnerNameAt', () => {
  it('gives a historical name from its first day to its last, both included', () => {
    expect(partnerNameAt(ru, Date.UTC(1922, 11, 29, 23, 59))).to.deep.equal(ru.name);
    expect(partnerNameAt(ru, Date.UTC(1922, 11, 30))).to.deep.equal({ en: 'USSR', mn: 'ЗХУ' });
    expect(partnerNameAt(ru, Date.UTC(1991, 11, 25, 23, 59))).to.deep.equal({ en: 'USSR', mn: 'ЗХУ' });
    expect(partnerNameAt(ru, Date.UTC(1991, 11, 26))).to.deep.equal(ru.name);
    expect(partnerNameAt(cn, Date.UTC(1950, 0, 1))).to.deep.equal(cn.name);
  });

  it('reads open-ended periods as unbounded on that side', () => {
    const p: Partner = {
      ...cn,
      names: [
        { name: { en: 'Old' }, to: '1949' },
        { name: { en: 'New' }, from: '1949-10-01' },
      ],
    };
    expect(partnerNameAt(p, Date.UTC(1800, 0, 1)).en).to.equal('Old');
    expect(partnerNameAt(p, Date.UTC(1949, 11, 31)).en).to.equal('Old');
    expect(partnerNameAt(p, Date.UTC(1950, 0, 1)).en).to.equal('New');
    expect(partnerNameAt({ ...cn, names: [{ name: { en: 'Always' } }] }, 0).en).to.equal('Always');
  });
});

describe('blocAt', () => {
  const p: Partner = {
    ...cn,
    bloc: 'multilateral',
    blocs: [
      { bloc: 'north', from: '1950', to: '1960-06' },
      { bloc: 'third', from: '1989-05-16' },
    ],
  };

  it('gives the bloc of the period that holds the time, its ends included, else the partner bloc', () => {
    expect(blocAt(p, Date.UTC(1949, 11, 31))).to.equal('multilateral');
    expect(blocAt(p, Date.UTC(1950, 0, 1))).to.equal('north');
    expect(blocAt(p, Date.UTC(1960, 5, 30, 23))).to.equal('north');
    expect(blocAt(p, Date.UTC(1960, 6, 1))).to.equal('multilateral');
    expect(blocAt(p, Date.UTC(1989, 4, 15))).to.equal('multilateral');
    expect(blocAt(p, Date.UTC(1989, 4, 16))).to.equal('third');
    expect(blocAt(p, Date.UTC(2020, 0, 1))).to.equal('third');
    expect(blocAt(cn, 0)).to.equal('south');
    expect(blocAt({ ...cn, blocs: [{ bloc: 'north', to: '1930' }] }, Date.UTC(1900, 0, 1))).to.equal('north');
  });
});
