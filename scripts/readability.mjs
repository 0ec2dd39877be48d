// Flesch–Kincaid grade of English text (Kincaid et al., 1975):
//   0.39 × words/sentences + 11.8 × syllables/words − 15.59
// Syllables come from the `syllable` package; numbers and dates count as one word of one syllable each per digit group.
// Used by the dataset tests (median grade of the summaries) and by hand:
//   node scripts/readability.mjs data/events.json      → the grade statistics of every summary
//   node scripts/readability.mjs --text "Some text."   → the grade of one text
import { readFile } from 'node:fs/promises';
import { syllable } from 'syllable';

/** Splits text into sentences at . ! ? followed by a space and a capital, digit or quote, or the end. */
export function sentences(text) {
  return text
    .replace(/\b(e\.g|i\.e|etc|vs|St|Dr|Mr|Mrs|No|U\.S|U\.N)\./g, (m) => m.replace(/\./g, ''))
    .split(/(?<=[.!?])\s+(?=["'“‘(\p{Lu}\d])/u)
    .filter((s) => /\p{L}/u.test(s));
}

/** Words: runs of letters (with inner apostrophes and hyphens) or digits. */
export function words(text) {
  return text.match(/[\p{L}\p{M}]+(?:['’-][\p{L}\p{M}]+)*|\d+(?:[.,]\d+)*/gu) ?? [];
}

const syllablesOf = (word) => (/^\d/.test(word) ? 1 : Math.max(1, syllable(word)));

/** The Flesch–Kincaid grade of a text, or NaN for text without words. */
export function fleschKincaid(text) {
  const w = words(text);
  const s = Math.max(1, sentences(text).length);
  if (!w.length) return NaN;
  const syl = w.reduce((sum, x) => sum + syllablesOf(x), 0);
  return 0.39 * (w.length / s) + 11.8 * (syl / w.length) - 15.59;
}

export function median(values) {
  const v = [...values].sort((a, b) => a - b);
  const m = v.length >> 1;
  return v.length % 2 ? v[m] : (v[m - 1] + v[m]) / 2;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const args = process.argv.slice(2);
  if (args[0] === '--text') {
    console.log(fleschKincaid(args.slice(1).join(' ')).toFixed(1));
  } else {
    const events = JSON.parse(await readFile(args[0] ?? 'data/events.json', 'utf8'));
    const list = Array.isArray(events) ? events : events.events;
    const grades = list.map((e) => ({ id: e.id, grade: fleschKincaid(e.summary.en) }));
    const g = grades.map((x) => x.grade);
    console.log(
      `${g.length} summaries: median grade ${median(g).toFixed(1)}, ` +
        `${g.filter((x) => x > 10).length} above 10, max ${Math.max(...g).toFixed(1)}`,
    );
    if (args.includes('--list'))
      for (const x of grades.sort((a, b) => b.grade - a.grade)) console.log(x.grade.toFixed(1), x.id);
  }
}
