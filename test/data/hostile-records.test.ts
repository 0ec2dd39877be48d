import { expect } from '@open-wc/testing';
import { Validator } from '@cfworker/json-schema';
import fc from 'fast-check';
import { validateDataset } from '../../src/data/validate.js';
import { KINDS } from '../../src/data/types.js';
import { event, tinyDataset } from '../helpers/fixtures.js';
import { BAD_ERAS, BAD_EVENTS, BAD_PARTNERS, era } from './hostile-catalogue.js';

const ok = tinyDataset.events;

describe('validateDataset against the hostile catalogue', () => {
  it(`has at least 40 bad records written out (${BAD_EVENTS.length} events, ${BAD_PARTNERS.length} partners, ${BAD_ERAS.length} eras)`, () => {
    expect(BAD_EVENTS.length + BAD_PARTNERS.length + BAD_ERAS.length).to.be.at.least(40);
  });

  for (const [name, record, reason] of BAD_ERAS) {
    it(`skips an era with ${name}`, () => {
      const { dataset, errors } = validateDataset({ ...tinyDataset, eras: [record, era({ id: 'fine' })] });
      expect(errors).to.have.length(1);
      expect(errors[0].path).to.equal('eras[0]');
      expect(errors[0].reason).to.match(reason);
      expect(dataset.eras!.map((e) => e.id)).to.deep.equal(['fine']);
    });
  }

  for (const [name, record, reason] of BAD_EVENTS) {
    it(`skips an event with ${name}, keeping the others`, () => {
      const { dataset, errors } = validateDataset({ partners: tinyDataset.partners, events: [...ok, record] });
      expect(dataset.events.map((e) => e.id)).to.deep.equal(ok.map((e) => e.id));
      expect(errors).to.have.length(1);
      expect(errors[0].path).to.equal(`events[${ok.length}]`);
      expect(errors[0].reason).to.match(reason);
    });
  }

  for (const [name, record, reason] of BAD_PARTNERS) {
    it(`skips a partner with ${name}, and the events that name only it`, () => {
      const id = (record as { id?: string }).id ?? 'none';
      const events = [...ok, event('uses-it', '1990', [id])];
      const { dataset, errors } = validateDataset({ partners: [...tinyDataset.partners, record], events });
      expect(dataset.partners.map((p) => p.id)).to.deep.equal(['ru', 'cn', 'us']);
      expect(errors[0]).to.include({ path: `partners[${tinyDataset.partners.length}]` });
      expect(errors[0].reason).to.match(reason);
      if (id !== 'ru') expect(errors[1]).to.deep.equal({ path: `events[${ok.length}]`, reason: `unknown partner id ${JSON.stringify(id)}` });
    });
  }
});

/**
 * The schema (data/schema.json) plus the rules it cannot say (README of data/): real calendar days, `end` not
 * before `date`, known partner ids, URLs that parse. The validator must accept exactly these records.
 */
function oracle(schema: Validator, record: unknown): boolean {
  if (!schema.validate({ partners: tinyDataset.partners, events: [record] }).valid) return false;
  const e = record as { date: string; end?: string; partners: string[]; sources: { url: string }[] };
  const day = (s: string) => {
    const [y, m = 1, d = 1] = s.split('-').map(Number);
    const t = new Date(0);
    t.setUTCFullYear(y, m - 1, d);
    return t.getUTCDate() === d && t.getUTCMonth() === m - 1 ? t.getTime() : NaN;
  };
  const start = day(e.date.replace(/^-/, '')) * (e.date.startsWith('-') ? -1 : 1);
  if (Number.isNaN(start)) return false;
  if (e.end !== undefined) {
    if (e.end.startsWith('-') || e.date.startsWith('-')) return false;
    const end = day(e.end);
    if (Number.isNaN(end) || end < start) return false;
  }
  if (!e.partners.every((id) => tinyDataset.partners.some((p) => p.id === id))) return false;
  return e.sources.every(({ url }) => {
    try {
      return ['http:', 'https:'].includes(new URL(url).protocol);
    } catch {
      return false;
    }
  });
}

const FIELDS = ['id', 'date', 'end', 'title', 'summary', 'partners', 'kind', 'sources', 'note', 'extra'];
const dateLike = fc.oneof(
  fc.stringMatching(/^\d{4}(-\d{2}(-\d{2})?)?$/),
  fc.date({ min: new Date(Date.UTC(1900, 0, 1)), max: new Date(Date.UTC(2030, 0, 1)), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
  fc.constantFrom('1990', '1990-05', '2021-02-30', '2020-02-29', '2019-02-29', '90', '1990-5-1'),
);
const textLike = fc.oneof(fc.string(), fc.constantFrom('', '  ', 'Text', 'x'.repeat(81)));
const fieldValue: Record<string, fc.Arbitrary<unknown>> = {
  id: fc.oneof(fc.stringMatching(/^[a-z0-9-]{0,66}$/), fc.string()),
  date: dateLike,
  end: dateLike,
  title: fc.oneof(fc.record({ en: textLike }), fc.record({ en: textLike, mn: textLike }, { requiredKeys: [] }), fc.dictionary(fc.string(), textLike)),
  summary: fc.oneof(fc.record({ en: textLike }), fc.dictionary(fc.constantFrom('en', 'mn', 'fr'), textLike)),
  partners: fc.array(fc.constantFrom('ru', 'cn', 'us', 'zz', 'RU', ''), { maxLength: 3 }),
  kind: fc.constantFrom(...KINDS, 'parade', ''),
  sources: fc.array(
    fc.record({
      title: textLike,
      publisher: textLike,
      url: fc.oneof(fc.webUrl(), fc.constantFrom('javascript:alert(1)', 'HTTP://example.org', 'https://', 'https:x', '//x.org', 'data:,x'), fc.string()),
    }, { requiredKeys: ['url'] }),
    { maxLength: 2 },
  ),
  note: fc.oneof(fc.string(), fc.integer()),
  extra: fc.jsonValue(),
};
/** One change to a record: a field deleted, or set to a likely value or to any JSON at all. */
const mutation = fc.oneof(
  fc.constantFrom(...FIELDS).map((f) => (r: Record<string, unknown>) => void delete r[f]),
  fc.constantFrom(...FIELDS).chain((f) => fieldValue[f].map((v) => (r: Record<string, unknown>) => void (r[f] = v))),
  fc.tuple(fc.constantFrom(...FIELDS), fc.jsonValue()).map(([f, v]) => (r: Record<string, unknown>) => void (r[f] = v)),
);

describe('validateDataset accepts exactly what the schema and its rules allow (property)', () => {
  let schema: Validator;
  before(async () => {
    schema = new Validator(await (await fetch('/data/schema.json')).json(), '2020-12', false);
  });

  it('agrees with the schema on mutated records (seed 6021, 2,000 runs)', () => {
    let accepted = 0;
    fc.assert(
      fc.property(fc.array(mutation, { minLength: 1, maxLength: 3 }), (changes) => {
        const record: Record<string, unknown> = { ...event('base', '1990-05-01', ['ru']) };
        for (const change of changes) change(record);
        const valid = validateDataset({ partners: tinyDataset.partners, events: [record] }).errors.length === 0;
        if (valid) accepted++;
        expect(valid, JSON.stringify(record)).to.equal(oracle(schema, record));
      }),
      { seed: 6021, numRuns: 2000 },
    );
    // Both sides of the property were exercised.
    expect(accepted).to.be.within(100, 1900);
  });

  it('the bundled files pass the schema', async () => {
    const [partners, events, eras] = await Promise.all(['partners', 'events', 'eras'].map(async (f) => (await fetch(`/data/${f}.json`)).json()));
    const result = schema.validate({ partners, events, eras });
    expect(result.errors.slice(0, 3)).to.deep.equal([]);
  });
});
