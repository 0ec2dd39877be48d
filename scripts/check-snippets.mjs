// Checks that the framework snippets of the docs are the consumer apps' own code: a fenced block whose first line is
// a comment naming a file of test/consumers (`// test/consumers/react/src/App.tsx`, `<!-- … -->` in markup) must
// consist of lines of that file, in the file's order. Lines that are only an ellipsis (`// …`, `<!-- … -->`) mark
// left-out code. scripts/test-consumers.mjs type-checks, builds and drives those apps, so the snippets are tested code.
// Used by scripts/check-docs.mjs; exits non-zero through it.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const DOCS = ['README.md', 'docs/frameworks.md'];
const HEADER = /^(?:\/\/|<!--)\s*(test\/consumers\/\S+?)\s*(?:-->)?$/;
const ELLIPSIS = /^(?:\/\/\s*…|<!--\s*…\s*-->|…)$/;

/** Problems found, and how many snippets were checked. */
export function checkSnippets() {
  const problems = [];
  let count = 0;
  for (const doc of DOCS.filter((d) => existsSync(join(ROOT, d)))) {
    const text = readFileSync(join(ROOT, doc), 'utf8');
    for (const [, body] of text.matchAll(/^```[\w-]*\n([\s\S]*?)^```$/gm)) {
      const [first, ...lines] = body.split('\n');
      const file = first.trim().match(HEADER)?.[1];
      if (!file) continue;
      count++;
      if (!existsSync(join(ROOT, file))) {
        problems.push(`${doc}: the snippet from ${file} names a file that does not exist`);
        continue;
      }
      const source = readFileSync(join(ROOT, file), 'utf8').split('\n');
      let at = 0;
      for (const line of lines) {
        if (!line.trim() || ELLIPSIS.test(line.trim())) continue;
        const found = source.findIndex((l, i) => i >= at && l === line);
        if (found < 0) {
          problems.push(`${doc}: "${line.trim()}" is not in ${file} (in this order, with this indentation)`);
          break;
        }
        at = found + 1;
      }
    }
  }
  return { problems, count };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { problems, count } = checkSnippets();
  if (problems.length) {
    console.error(problems.join('\n'));
    process.exit(1);
  }
  console.log(`${count} framework snippets are the consumer apps' code`);
}
