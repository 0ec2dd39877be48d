// Checks that the README's API tables name everything custom-elements.json declares, and nothing it does not, and
// that its balance table matches the bundled data.
import { readFile } from 'node:fs/promises';
import { expectedReadme } from './balance-table.mjs';

const manifest = JSON.parse(await readFile(new URL('../custom-elements.json', import.meta.url), 'utf8'));
const readme = await readFile(new URL('../README.md', import.meta.url), 'utf8');
const el = manifest.modules.flatMap((m) => m.declarations ?? []).find((d) => d.tagName === 'mongolia-timeline');
const publicMembers = el.members.filter((m) => !m.privacy && !m.static);
const names = [
  ...el.attributes.map((a) => a.name),
  ...publicMembers.filter((m) => m.kind === 'field').map((m) => m.name),
  ...publicMembers.filter((m) => m.kind === 'method').map((m) => `${m.name}(`),
  ...el.events.map((e) => e.name),
  ...el.cssParts.map((p) => p.name),
  ...el.cssProperties.map((p) => p.name),
];
const missing = names.filter((n) => !readme.includes(`\`${n}`));
const documented = [...readme.matchAll(/\| `(--mt-[a-z-]+|mt-[a-z-]+)`/g)].map((m) => m[1]);
const stale = documented.filter((n) => !names.includes(n));
if (missing.length || stale.length) {
  if (missing.length) console.error(`README lacks: ${missing.join(', ')}`);
  if (stale.length) console.error(`README documents what the element lacks: ${stale.join(', ')}`);
  process.exit(1);
}
console.log(`README documents all ${names.length} API names of custom-elements.json`);

const { readme: now, expected } = await expectedReadme();
if (now !== expected) {
  console.error(
    'README: the balance per decade no longer matches the data; run `node scripts/balance-table.mjs --write`',
  );
  process.exit(1);
}
console.log('README: the balance per decade matches the data');
