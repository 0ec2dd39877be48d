// The bundled story (data/story.json), checked in Node: the build's checks pass and bite, the steps walk the
// article's argument in time order, both languages are there, and every citation is one the dataset already uses.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readStoryData, storyProblems } from '../../scripts/build-story.mjs';

const [steps, schema, events, partners] = await readStoryData();
const SEED = '/work/shared/seed';
const cited = new Set(events.flatMap((e) => e.sources.map((s) => s.url)));

test('passes the build checks: schema, ids, windows, filters', () => {
  assert.deepEqual(storyProblems(steps, schema, events, partners), []);
});

test('the build checks refuse an unknown event, a partner, a window outside the century and a hidden event', () => {
  const bad = structuredClone(steps);
  bad[0].selected = 'no-such-event';
  bad[1].partners = ['zz'];
  bad[2].start = '1911';
  bad[3].partners = ['us'];
  bad[4].heading = { mn: 'англи хэлгүй' };
  const problems = storyProblems(bad, schema, events, partners);
  assert.ok(problems.some((p) => p.startsWith(`${steps[0].id}: no event "no-such-event"`)));
  assert.ok(problems.some((p) => p.startsWith(`${steps[1].id}: no partner or bloc "zz"`)));
  assert.ok(problems.some((p) => p.startsWith(`${steps[2].id}: window 1911`)));
  assert.ok(problems.some((p) => p.startsWith(`${steps[3].id}: event ${steps[3].selected} is hidden`)));
  assert.ok(problems.some((p) => p.startsWith('schema:')));
});

test('has 8–12 steps in time order, from 1921 to the present', () => {
  assert.ok(steps.length >= 8 && steps.length <= 12, `${steps.length} steps`);
  for (let i = 1; i < steps.length; i++) assert.ok(steps[i].start >= steps[i - 1].start, steps[i].id);
  assert.equal(steps[0].start, '1921');
  assert.equal(steps.at(-1).end, '2021');
  for (const id of ['khalkhin-gol', 'garrison-years', 'withdrawal-1990', 'third-neighbour', 'peacekeeping']) {
    assert.ok(
      steps.some((s) => s.id === id),
      id,
    );
  }
});

test('every step has a short heading and 1–3 sentences in English and Mongolian', () => {
  for (const s of steps) {
    for (const lang of ['en', 'mn']) {
      assert.ok(s.heading[lang] && [...s.heading[lang]].length <= 40, `${s.id} heading ${lang}`);
      const sentences = s.text[lang].split(/(?<=[.!?])\s+/).length;
      assert.ok(sentences >= 1 && sentences <= 3, `${s.id} ${lang}: ${sentences} sentences`);
    }
  }
});

test('cites only pages the dataset already cites, at least one a step', () => {
  for (const s of steps) {
    assert.ok(s.sources?.length, `${s.id} has no source`);
    for (const src of s.sources) assert.ok(cited.has(src.url), `${s.id}: ${src.url} is not in events.json`);
  }
});

test('copies no sentence of the seed article', async () => {
  const { readFile, readdir } = await import('node:fs/promises');
  const files = await readdir(SEED).catch(() => []);
  const seed = (await Promise.all(files.map((f) => readFile(`${SEED}/${f}`, 'utf8')))).join('\n');
  if (!seed) return;
  // No run of eight words of a step appears in the article.
  const words = (t) => t.toLowerCase().match(/[a-z0-9’']+/g) ?? [];
  const article = ` ${words(seed).join(' ')} `;
  for (const s of steps) {
    const w = words(s.text.en);
    for (let i = 0; i + 8 <= w.length; i++) {
      const run = w.slice(i, i + 8).join(' ');
      assert.ok(!article.includes(` ${run} `), `${s.id}: "${run}"`);
    }
  }
});
