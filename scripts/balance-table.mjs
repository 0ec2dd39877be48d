// The balance of the bundled data per decade, as the README shows it between <!-- balance:start/end -->, computed with
// the element's own modules (dist/, built by `npm run build`). `node scripts/balance-table.mjs --write` updates the
// README; scripts/check-docs.mjs fails when the README's table no longer matches the data.
import { readFile, writeFile } from 'node:fs/promises';
import { bundledDataset } from '../dist/data/bundled-dataset.js';
import { buildItems } from '../dist/data/timeline-items.js';
import { BLOCS, balanceIndex, countYears } from '../dist/layout/balance.js';

const NAMES = { north: 'Russia/USSR', south: 'China', third: 'third neighbours', multilateral: 'multilateral' };

export function balanceTable() {
  const index = balanceIndex(buildItems(bundledDataset));
  const rows = [];
  for (let decade = 1920; decade <= 2020; decade += 10) {
    const b = countYears(index, decade, decade + 10);
    const share = (bloc) => (b.total ? `${b.counts[bloc]} (${Math.round((100 * b.counts[bloc]) / b.total)}%)` : '0');
    rows.push(`| ${decade === 2020 ? '2020–21' : `${decade}s`} | ${BLOCS.map(share).join(' | ')} | ${b.total} |`);
  }
  const all = countYears(index, 1921, 2022);
  const total = `| 1921–2021 | ${BLOCS.map((bloc) => `${all.counts[bloc]} (${Math.round((100 * all.counts[bloc]) / all.total)}%)`).join(' | ')} | ${all.total} |`;
  return [
    `| Decade | ${BLOCS.map((b) => NAMES[b]).join(' | ')} | ties |`,
    `|---|${BLOCS.map(() => '---|').join('')}---|`,
    ...rows,
    total,
  ].join('\n');
}

const README = new URL('../README.md', import.meta.url);
const BLOCK = /<!-- balance:start -->[\s\S]*?<!-- balance:end -->/;

/** The README's block as it should read. */
export async function expectedReadme() {
  const readme = await readFile(README, 'utf8');
  return { readme, expected: readme.replace(BLOCK, `<!-- balance:start -->\n${balanceTable()}\n<!-- balance:end -->`) };
}

if (process.argv[1] === new URL(import.meta.url).pathname) {
  const { readme, expected } = await expectedReadme();
  if (process.argv.includes('--write') && readme !== expected) await writeFile(README, expected);
  console.log(balanceTable());
}
