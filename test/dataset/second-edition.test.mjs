// The dataset's second edition, checked in Node (`node --test test/dataset/`): coverage per decade and per bloc,
// the new fields, plain English (Flesch–Kincaid), exact citations, and the Mongolian names of the period.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { fleschKincaid, median } from '../../scripts/readability.mjs';

const read = async (name) => JSON.parse(await readFile(new URL(`../../data/${name}`, import.meta.url), 'utf8'));
const events = await read('events.json');
const partners = await read('partners.json');
const eras = await read('eras.json');
const year = (date) => Number(date.match(/^-?\d{4}/)[0]);
const decade = (e) => Math.floor(year(e.date) / 10) * 10;
const cp = (s) => [...s].length;
const SEED = 'https://eastasiaforum.org/2021/03/18/mongolias-military-diplomacy-and-geopolitical-balance/';

test('holds at least 280 events, at least 15 in every decade from the 1920s to the 2010s', () => {
  assert.ok(events.length >= 280, `${events.length} events`);
  for (let d = 1920; d <= 2010; d += 10) {
    const n = events.filter((e) => decade(e) === d).length;
    assert.ok(n >= 15, `${d}s: ${n}`);
  }
});

test('has at least 12 China events in the 2000s and in the 2010s', () => {
  for (const d of [2000, 2010]) {
    const n = events.filter((e) => decade(e) === d && e.partners.includes('cn')).length;
    assert.ok(n >= 12, `${d}s: ${n}`);
  }
});

test('gives every event a short title of at most 32 characters in English and Mongolian, and a confidence', () => {
  for (const e of events) {
    assert.ok(e.short?.en && e.short?.mn, e.id);
    for (const [lang, text] of Object.entries(e.short)) assert.ok(cp(text) <= 32, `${e.id} short.${lang}`);
    assert.ok(['confirmed', 'reported', 'disputed'].includes(e.confidence), e.id);
    if (e.confidence === 'disputed') assert.ok(e.note, `${e.id}: a disputed event says how in its note`);
  }
});

test('writes English summaries at a median Flesch–Kincaid grade of at most 10, none above 12', () => {
  const grades = events.map((e) => ({ id: e.id, grade: fleschKincaid(e.summary.en) }));
  const m = median(grades.map((g) => g.grade));
  assert.ok(m <= 10, `median grade ${m.toFixed(1)}`);
  for (const g of grades) assert.ok(g.grade <= 12, `${g.id}: grade ${g.grade.toFixed(1)}`);
});

test('cites pages, never a home page or a bare domain, each with its language', () => {
  for (const item of [...events, ...eras]) {
    for (const s of item.sources) {
      const u = new URL(s.url);
      assert.ok(!/^\/?$/.test(u.pathname) || u.search, `${item.id}: ${s.url} is a site's home page`);
      assert.ok(!/\.$/.test(u.hostname), `${item.id}: ${s.url} has a stray dot after the host`);
      if (events.includes(item)) assert.match(s.lang ?? '', /^[a-z]{2,3}$/, `${item.id}: ${s.url} has no lang`);
    }
  }
});

test('cites the seed article at its own address', () => {
  const cited = events.flatMap((e) =>
    e.sources.filter((s) => /eastasiaforum\.org/.test(s.url)).map((s) => [e.id, s.url]),
  );
  assert.ok(cited.length >= 40, `${cited.length} citations of the seed article`);
  for (const [id, url] of cited) assert.equal(url, SEED, id);
});

test("names the Mongolian People's Republic «БНМАУ», not «Монгол Улс», in Mongolian titles of 1925–1991", () => {
  for (const e of events.filter((x) => year(x.date) >= 1925 && year(x.date) <= 1991)) {
    assert.ok(!/Монгол Улс/.test(e.title.mn), `${e.id}: ${e.title.mn}`);
  }
});

test('counts Soviet-led bodies with Russia/USSR and has no partner read as the World Trade Organization', () => {
  const bloc = Object.fromEntries(partners.map((p) => [p.id, p.bloc]));
  assert.equal(bloc.comecon, 'north');
  assert.equal(bloc['warsaw-pact'], 'north');
  assert.equal(bloc.wto, undefined);
  assert.ok(events.every((e) => !e.partners.includes('wto')));
});
