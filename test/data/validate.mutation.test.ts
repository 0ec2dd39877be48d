import { expect } from '@open-wc/testing';
import { hasVisible, isSafeUrl, validateDataset } from '../../src/data/validate.js';
import type { Partner } from '../../src/data/types.js';
import { event, tinyDataset } from '../helpers/fixtures.js';

type Rec = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** The reason one changed event is skipped for, or null when it is kept. */
function eventReason(change: (e: Rec) => void): string | null {
  const e: Rec = structuredClone(event('base', '1990-05-01', ['ru']));
  change(e);
  const { errors, dataset } = validateDataset({ partners: tinyDataset.partners, events: [e] });
  expect(dataset.events.length).to.equal(errors.length ? 0 : 1);
  return errors.length ? errors[0].reason : null;
}

const EVENT_CASES: [string, (e: Rec) => void, string | null][] = [
  ['title 80', (e) => void (e.title = { en: 'x'.repeat(80) }), null],
  ['title 81', (e) => void (e.title = { en: 'x'.repeat(81) }), "title.en longer than 80 characters"],
  ['title mn 140', (e) => void (e.title = { en: 'x', mn: 'я'.repeat(140) }), null],
  ['title mn 141', (e) => void (e.title = { en: 'x', mn: 'я'.repeat(141) }), "title.mn longer than 140 characters"],
  ['short 32', (e) => void (e.short = { en: 'x'.repeat(32) }), null],
  ['short 33', (e) => void (e.short = { en: 'x'.repeat(33) }), "short.en longer than 32 characters"],
  ['short mn 33', (e) => void (e.short = { en: 'x', mn: 'я'.repeat(33) }), "short.mn longer than 32 characters"],
  ['short blank', (e) => void (e.short = { en: ' ' }), "short.en must be non-empty text"],
  ['short no en', (e) => void (e.short = { mn: 'x' }), "missing short.en"],
  ['summary blank', (e) => void (e.summary = { en: '\u200b' }), "summary.en must be non-empty text"],
  ['title array', (e) => void (e.title = ['x']), "title must be {en, …}"],
  ['confidence ok', (e) => void (e.confidence = 'reported'), null],
  ['confidence disputed', (e) => void (e.confidence = 'disputed'), null],
  ['confidence confirmed', (e) => void (e.confidence = 'confirmed'), null],
  ['confidence bad', (e) => void (e.confidence = 'sure'), "unknown confidence \"sure\""],
  ['note num', (e) => void (e.note = 5), "note must be text"],
  ['note ok', (e) => void (e.note = 'n'), null],
  ['partner num', (e) => void (e.partners = [5]), "unknown partner id 5"],
  ['partners twice', (e) => void (e.partners = ['ru', 'ru']), "a partner listed twice"],
  ['partners two', (e) => void (e.partners = ['ru', 'cn']), null],
  ['partners none', (e) => void (e.partners = []), null],
  ['partners not list', (e) => void (e.partners = 'ru'), "partners must be a list (empty for a domestic milestone)"],
  ['end before', (e) => void (e.end = '1990-04-30'), "end before date"],
  ['end same', (e) => void (e.end = '1990-05-01'), null],
  ['id num', (e) => void (e.id = 5), "missing or malformed id"],
  ['id caps', (e) => void (e.id = 'Base'), "missing or malformed id"],
  ['lang ok', (e) => void (e.sources[0].lang = 'mn'), null],
  ['lang region', (e) => void (e.sources[0].lang = 'en-GB'), null],
  ['lang sub', (e) => void (e.sources[0].lang = 'zh-hant-tw'), null],
  ['lang bad 1', (e) => void (e.sources[0].lang = 'e'), "source with a malformed lang"],
  ['lang bad 4', (e) => void (e.sources[0].lang = 'engl'), "source with a malformed lang"],
  ['lang bad sub', (e) => void (e.sources[0].lang = 'en-x'), "source with a malformed lang"],
  ['lang bad num', (e) => void (e.sources[0].lang = 5), "source with a malformed lang"],
  ['lang bad prefix', (e) => void (e.sources[0].lang = '1en'), "source with a malformed lang"],
  ['lang bad suffix', (e) => void (e.sources[0].lang = 'en-'), "source with a malformed lang"],
  ['lang bad long', (e) => void (e.sources[0].lang = 'en-abcdefghi'), "source with a malformed lang"],
  ['lang bad sub char', (e) => void (e.sources[0].lang = 'en-__'), "source with a malformed lang"],
  ['source extra', (e) => void (e.sources[0].extra = 1), "source with an unknown field \"extra\""],
  ['source url js', (e) => void (e.sources[0].url = 'javascript:alert(1)'), "unsafe or malformed source URL \"javascript:alert(1)\""],
  ['source url num', (e) => void (e.sources[0].url = 5), "unsafe or malformed source URL 5"],
  ['source url embedded', (e) => void (e.sources[0].url = 'see https://example.org'), "unsafe or malformed source URL \"see https://example.org\""],
  ['source url ftp', (e) => void (e.sources[0].url = 'ftp://example.org'), "unsafe or malformed source URL \"ftp://example.org\""],
  ['source url http', (e) => void (e.sources[0].url = 'http://example.org'), null],
  ['source not obj', (e) => void (e.sources[0] = 'x'), "source is not an object"],
  ['source no title', (e) => void (e.sources[0].title = ' '), "source without a title"],
  ['source no publisher', (e) => void (e.sources[0].publisher = 5), "source without a publisher"],
  ['no sources', (e) => void (e.sources = []), "no sources"],
  ['kinds', (e) => void (e.kind = 'treaty'), null],
  ['kind bad', (e) => void (e.kind = 'party'), "unknown kind \"party\""],
  ['unknown field', (e) => void (e.extra = 1), "unknown field \"extra\""],];

const basePartner = (): Rec => structuredClone(tinyDataset.partners[1]);

function partnerReason(change: (p: Rec) => void): string | null {
  const p = basePartner();
  change(p);
  const { errors, dataset } = validateDataset({ partners: [p], events: [] });
  expect(dataset.partners.length).to.equal(errors.length ? 0 : 1);
  return errors.length ? errors[0].reason : null;
}

const PARTNER_CASES: [string, (p: Rec) => void, string | null][] = [
  ['as is', () => {}, null],
  ['each bloc', (p) => void (p.bloc = 'multilateral'), null],
  ['unknown bloc', (p) => void (p.bloc = 'east'), 'unknown bloc "east"'],
  ['colour in capitals', (p) => void (p.color = '#B97A00'), null],
  ['colour with a prefix', (p) => void (p.color = 'x#b97a00'), 'colour must be #rrggbb'],
  ['colour with a suffix', (p) => void (p.color = '#b97a00x'), 'colour must be #rrggbb'],
  ['colour as a number', (p) => void (p.color = 0xb97a00), 'colour must be #rrggbb'],
  ['id as a number', (p) => void (p.id = 5), 'missing or malformed id'],
  ['no name', (p) => void delete p.name, 'name must be {en, …}'],
  ['not an object', (p) => void (p.names = 1), 'names must be a list'],
  ['a name', (p) => void (p.names = [{ name: { en: 'PRC' }, from: '1949-10-01', to: '2000' }]), null],
  ['a name not an object', (p) => void (p.names = ['PRC']), 'historical name without name.en'],
  ['a name without English', (p) => void (p.names = [{ name: { mn: 'БНХАУ' } }]), 'historical name without name.en'],
  ['a name with an extra field', (p) => void (p.names = [{ name: { en: 'PRC' }, since: '1949' }]), 'historical name with an unknown field "since"'],
  ['a name from an impossible date', (p) => void (p.names = [{ name: { en: 'PRC' }, from: '1949-02-30' }]), 'historical name with an impossible date'],
  ['a name to an impossible date', (p) => void (p.names = [{ name: { en: 'PRC' }, to: '1949-13' }]), 'historical name with an impossible date'],
  ['blocs', (p) => void (p.blocs = [{ bloc: 'north', from: '1950', to: '1960-06' }, { bloc: 'third' }]), null],
  ['blocs not a list', (p) => void (p.blocs = { bloc: 'north' }), 'blocs must be a list'],
  ['a bloc period not an object', (p) => void (p.blocs = ['north']), 'bloc period without a known bloc'],
  ['a bloc period with an unknown bloc', (p) => void (p.blocs = [{ bloc: 'east' }]), 'bloc period without a known bloc'],
  ['a bloc period with an extra field', (p) => void (p.blocs = [{ bloc: 'north', until: '1960' }]), 'bloc period with an unknown field "until"'],
  ['a bloc period from an impossible date', (p) => void (p.blocs = [{ bloc: 'north', from: '1950-00' }]), 'bloc period with an impossible date'],
  ['a bloc period to an impossible date', (p) => void (p.blocs = [{ bloc: 'north', to: '19600' }]), 'bloc period with an impossible date'],
  ['an extra field', (p) => void (p.flag = '🇨🇳'), 'unknown field "flag"'],
];

const baseEra = (): Rec => ({
  id: 'era',
  from: '1921',
  to: '1924-11',
  name: { en: 'Era' },
  summary: { en: 'An era.' },
  sources: [{ title: 'Source', url: 'https://example.org/era', publisher: 'Example' }],
});

function eraReason(change: (e: Rec) => void): string | null {
  const e = baseEra();
  change(e);
  const { errors, dataset } = validateDataset({ partners: [], events: [], eras: [e] });
  expect(dataset.eras?.length ?? 0).to.equal(errors.length ? 0 : 1);
  return errors.length ? errors[0].reason : null;
}

const ERA_CASES: [string, (e: Rec) => void, string | null][] = [
  ['as is', () => {}, null],
  ['one day', (e) => void ((e.from = '1939-05-11'), (e.to = '1939-05-11')), null],
  ['to before from', (e) => void ((e.from = '1939-05-11'), (e.to = '1939-05-10')), 'to before from'],
  ['empty', (e) => void Object.keys(e).forEach((k) => delete e[k]), 'missing or malformed id'],
  ['id as a number', (e) => void (e.id = 1), 'missing or malformed id'],
  ['no summary', (e) => void delete e.summary, 'summary must be {en, …}'],
  ['a blank name', (e) => void (e.name = { en: '\u00ad' }), 'name.en must be non-empty text'],
  ['a note', (e) => void (e.note = 'n'), null],
  ['a note as a number', (e) => void (e.note = 1), 'note must be text'],
  ['no sources', (e) => void delete e.sources, 'no sources'],
  ['a bad source', (e) => void (e.sources[0].url = 'data:text/html,x'), 'unsafe or malformed source URL "data:text/html,x"'],
  ['an extra field', (e) => void (e.color = 1), 'unknown field "color"'],
];

describe('validateDataset (each reason)', () => {
  for (const [name, change, reason] of EVENT_CASES) {
    it(`event: ${name}`, () => expect(eventReason(change)).to.equal(reason));
  }
  for (const [name, change, reason] of PARTNER_CASES) {
    it(`partner: ${name}`, () => expect(partnerReason(change)).to.equal(reason));
  }
  for (const [name, change, reason] of ERA_CASES) {
    it(`era: ${name}`, () => expect(eraReason(change)).to.equal(reason));
  }

  it('reports what is not a dataset at the root', () => {
    for (const raw of [null, 5, [], { partners: [] }, { events: [] }, { partners: {}, events: [] }]) {
      expect(validateDataset(raw)).to.deep.equal({
        dataset: { partners: [], events: [] },
        errors: [{ path: '', reason: 'expected {partners: [], events: []}' }],
      });
    }
  });

  it('reports records that are not objects, duplicate ids, and eras that are not a list, by path', () => {
    const e = event('a-1', '1990', ['ru']);
    const partner = tinyDataset.partners[0] as Partner;
    const era = baseEra();
    const { dataset, errors } = validateDataset({
      partners: [partner, 'x', partner],
      events: [e, null, e],
      eras: [era, [], era],
    });
    expect(errors).to.deep.equal([
      { path: 'partners[1]', reason: 'not an object' },
      { path: 'partners[2]', reason: 'duplicate id' },
      { path: 'events[1]', reason: 'not an object' },
      { path: 'events[2]', reason: 'duplicate id' },
      { path: 'eras[1]', reason: 'not an object' },
      { path: 'eras[2]', reason: 'duplicate id' },
    ]);
    expect(dataset).to.deep.equal({ partners: [partner], events: [e], eras: [era] });
    expect(validateDataset({ partners: [], events: [], eras: {} }).errors).to.deep.equal([
      { path: 'eras', reason: 'eras must be a list' },
    ]);
    expect(validateDataset({ partners: [], events: [], eras: [] }).dataset).to.deep.equal({ partners: [], events: [] });
  });
});

describe('isSafeUrl and hasVisible (edges)', () => {
  it('accepts only absolute http and https addresses', () => {
    expect(isSafeUrl('https://example.org/a')).to.equal(true);
    expect(isSafeUrl('http://example.org/a')).to.equal(true);
    expect(isSafeUrl('HTTPS://example.org/a')).to.equal(false);
    expect(isSafeUrl('https://')).to.equal(false);
    expect(isSafeUrl(' https://example.org')).to.equal(false);
    expect(isSafeUrl('javascript://example.org/%0Aalert(1)')).to.equal(false);
    expect(isSafeUrl(['https://example.org'])).to.equal(false);
    expect(isSafeUrl(undefined)).to.equal(false);
  });

  it('treats white space, zero-width, joiner and direction marks as invisible, their neighbours as visible', () => {
    const invisible = [0xad, 0x34f, 0x61c, 0x115f, 0x1160, 0x17b4, 0x17b5, 0x180b, 0x180f, 0x200b, 0x200f, 0x202a];
    invisible.push(0x202e, 0x2060, 0x206f, 0x3164, 0xfe00, 0xfe0f, 0xfeff, 0x20, 0xa0, 0x3000);
    for (const c of invisible) expect(hasVisible(String.fromCodePoint(c)), c.toString(16)).to.equal(false);
    const visible = [0xac, 0xae, 0x34e, 0x350, 0x61b, 0x61d, 0x115e, 0x1161, 0x17b3, 0x17b6, 0x180a, 0x1810, 0x2010];
    visible.push(0x2070, 0x3163, 0x3165, 0xfdff, 0xfe10, 0xfefe, 0xff00, 0x41);
    for (const c of visible) expect(hasVisible(String.fromCodePoint(c)), c.toString(16)).to.equal(true);
    expect(hasVisible('\u200b \u200dx')).to.equal(true);
    expect(hasVisible('')).to.equal(false);
  });
});
