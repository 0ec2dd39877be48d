// Runs after `tsc` in `npm run build`, so that dist/ holds what the current sources compile to and nothing else:
// - removes compiled files whose source is gone (a renamed or deleted module would otherwise ship stale code);
// - removes the source map of the generated dataset module, whose inlined source would ship the dataset again, and
//   the comment that points at it.
// Every other map carries its TypeScript source (tsconfig's inlineSources), so no map points at an unshipped file.
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const DIST = join(ROOT, 'dist');
const SRC = join(ROOT, 'src');
const COMPILED = /\.(?:js|js\.map|d\.ts|d\.ts\.map)$/;
/** Files in dist/ that tsc does not write: the bundle, the data files and the typings made by other build steps. */
const KEEP = [/^mongolia-timeline\.bundle\.js$/, /^data\/[^/]+\.json$/, /^types\//, /\.json$/];

const walk = (dir) =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)],
  );

const removed = [];
for (const file of walk(DIST)) {
  const rel = relative(DIST, file).replaceAll('\\', '/');
  if (KEEP.some((k) => k.test(rel)) || !COMPILED.test(rel)) continue;
  const source = join(SRC, rel.replace(COMPILED, '.ts'));
  if (!existsSync(source)) {
    rmSync(file);
    removed.push(rel);
  }
}

const dataset = join(DIST, 'data/bundled-dataset.js');
rmSync(`${dataset}.map`, { force: true });
const code = readFileSync(dataset, 'utf8');
writeFileSync(dataset, code.replace(/\n\/\/# sourceMappingURL=bundled-dataset\.js\.map\s*$/, '\n'));
// The declaration maps of an earlier build (tsconfig no longer writes them: they would point at unshipped sources).
for (const file of walk(DIST)) {
  if (file.endsWith('.d.ts.map')) {
    rmSync(file);
    removed.push(relative(DIST, file));
  }
}

for (const file of walk(DIST).filter((f) => f.endsWith('.js.map'))) {
  const map = JSON.parse(readFileSync(file, 'utf8'));
  const missing = map.sources.filter((s, i) => typeof map.sourcesContent?.[i] !== 'string');
  if (missing.length) {
    console.error(`prune-dist: ${relative(ROOT, file)} names sources it does not carry: ${missing.join(', ')}`);
    process.exit(1);
  }
}
console.log(`dist/: removed ${removed.length} stale files; every source map carries its sources`);
