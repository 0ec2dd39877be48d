// Checks that the README's API tables name everything custom-elements.json declares, and nothing it does not; that
// they give the same types (attributes, properties, method parameters, event details) as the manifest and the code;
// that the manifest's event types and the `detail: {…}` of their descriptions match src/events.ts; and that the
// README's balance table matches the bundled data; and that the framework snippets are the consumer apps' code
// (scripts/check-snippets.mjs).
import { readFile } from 'node:fs/promises';
import ts from 'typescript';
import { expectedReadme } from './balance-table.mjs';
import { checkSnippets } from './check-snippets.mjs';

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

// --- Types: README tables against the manifest, and event details against src/events.ts. ---

const typeProblems = [];
/** A type as text, compared loosely: no backticks, table escapes, quote style or spacing. */
const norm = (t) =>
  String(t ?? '')
    .replaceAll('`', '')
    .replaceAll('\\|', '|')
    .replaceAll("'", '"')
    .replace(/\s+/g, '')
    .replace(/\|undefined$/, '');
/** The cells of the README table that follows `heading`, as arrays of trimmed cell text (header row dropped). */
function tableAfter(heading) {
  const start = readme.indexOf(`\n${heading}\n`);
  if (start < 0) throw new Error(`README has no "${heading}"`);
  const rows = [];
  for (const line of readme.slice(start + heading.length + 2).split('\n')) {
    if (line.startsWith('|'))
      rows.push(
        line
          .split(/(?<!\\)\|/)
          .slice(1, -1)
          .map((c) => c.trim()),
      );
    else if (rows.length) break;
  }
  return rows.slice(2);
}
const code = (cell) => cell.match(/`([^`]*)`/)?.[1];

// Attributes and properties: the Type column is the manifest's type of the attribute (or of the field, for `—`).
const fields = new Map(publicMembers.filter((m) => m.kind === 'field').map((m) => [m.name, m]));
for (const [attr, prop, type] of tableAfter('### Attributes and properties')) {
  const a = el.attributes.find((x) => x.name === code(attr));
  const declared = (a ?? fields.get(code(prop)))?.type?.text;
  if (norm(type) !== norm(declared)) {
    typeProblems.push(`README types ${attr}/${prop} as ${type}, custom-elements.json as ${declared}`);
  }
}
// Methods: the README's parameter names are the manifest's.
for (const [cell] of tableAfter('### Methods')) {
  const [, name, params] = code(cell)?.match(/^(\w+)\((.*)\)$/) ?? [];
  const m = publicMembers.find((x) => x.kind === 'method' && x.name === name);
  const declared = (m?.parameters ?? []).map((p) => p.name).join(', ');
  if (m && params !== declared)
    typeProblems.push(`README: ${name}(${params}), custom-elements.json: ${name}(${declared})`);
}

// The code's event map and detail types (src/events.ts), through the TypeScript compiler.
const program = ts.createProgram([new URL('../src/index.ts', import.meta.url).pathname], {
  strict: true,
  noEmit: true,
  module: ts.ModuleKind.ES2022,
  moduleResolution: ts.ModuleResolutionKind.Bundler,
  experimentalDecorators: true,
});
const checker = program.getTypeChecker();
const eventsFile = program.getSourceFiles().find((f) => f.fileName.endsWith('/src/events.ts'));
const eventMap = eventsFile.statements.find(
  (s) => ts.isInterfaceDeclaration(s) && s.name.text === 'MongoliaTimelineEventMap',
);
/** A type's properties: name, whether optional, and the declared type node. */
const propsOf = (type) =>
  checker.getPropertiesOfType(type).map((p) => ({
    name: p.name,
    optional: !!(p.flags & ts.SymbolFlags.Optional),
    node: p.valueDeclaration?.type,
  }));
const codeEvents = new Map(
  eventMap.members.map((m) => {
    const ref = m.type;
    const detail = ts.isTypeReferenceNode(ref) ? ref.typeArguments?.[0] : undefined;
    return [m.name.text, { text: ref.getText(), detail: detail && checker.getTypeFromTypeNode(detail) }];
  }),
);

/** Parses `{a, b?: T, c: {d}[]}` (a README detail or a JSDoc `detail: {…}`) into fields. */
function parseShape(text) {
  const inner = text.trim().replace(/^\{/, '').replace(/\}$/, '');
  const parts = [];
  let depth = 0;
  let cur = '';
  for (const ch of inner) {
    if ('{[('.includes(ch)) depth++;
    if ('}])'.includes(ch)) depth--;
    if (ch === ',' && depth === 0) {
      parts.push(cur);
      cur = '';
    } else cur += ch;
  }
  if (cur.trim()) parts.push(cur);
  return parts.map((part) => {
    const [, name, optional, type] = part.trim().match(/^([\w$]+)(\??)\s*(?::\s*([\s\S]+))?$/) ?? [];
    return { name, optional: optional === '?', type: type?.trim() };
  });
}
/** The `{…}` that starts at `text[i]`, braces balanced. */
function braced(text, i) {
  let depth = 0;
  for (let j = i; j < text.length; j++) {
    if (text[j] === '{') depth++;
    if (text[j] === '}' && --depth === 0) return text.slice(i, j + 1);
  }
  return text.slice(i);
}
/** Compares a parsed shape with a type: same names and optionality; nested shapes and written types compared too. */
function compareShape(where, shape, type, { types = true, all = true } = {}) {
  const props = propsOf(type);
  const names = props.map((p) => p.name);
  const extra = shape.filter((f) => !names.includes(f.name)).map((f) => f.name);
  const absent = all ? names.filter((n) => !shape.some((f) => f.name === n)) : [];
  if (extra.length || absent.length) {
    typeProblems.push(
      `${where}: {${shape.map((f) => f.name + (f.optional ? '?' : '')).join(', ')}} but the code has {${props.map((p) => p.name + (p.optional ? '?' : '')).join(', ')}}`,
    );
    return;
  }
  for (const f of shape) {
    const p = props.find((x) => x.name === f.name);
    if (types && f.optional !== p.optional)
      typeProblems.push(`${where}: ${f.name} is ${p.optional ? '' : 'not '}optional in the code`);
    if (!f.type || !p.node) continue;
    const nested = f.type.match(/^(\{[\s\S]*\})(\[\])?$/);
    if (nested) {
      let t = checker.getTypeFromTypeNode(p.node);
      if (nested[2]) t = checker.getIndexTypeOfType(t, ts.IndexKind.Number) ?? t;
      compareShape(`${where}.${f.name}`, parseShape(nested[1]), checker.getNonNullableType(t), { types });
    } else if (types && norm(f.type) !== norm(p.node.getText())) {
      typeProblems.push(`${where}: ${f.name} is ${f.type}, the code says ${p.node.getText()}`);
    }
  }
}

const readmeEvents = new Map(tableAfter('### Events').map(([name, detail]) => [code(name), detail]));
for (const e of el.events) {
  const inCode = codeEvents.get(e.name);
  if (!inCode) {
    typeProblems.push(`${e.name} is in custom-elements.json but not in MongoliaTimelineEventMap (src/events.ts)`);
    continue;
  }
  if (norm(e.type?.text) !== norm(inCode.text)) {
    typeProblems.push(`custom-elements.json types ${e.name} as ${e.type?.text}, src/events.ts as ${inCode.text}`);
  }
  const detail = readmeEvents.get(e.name);
  if (detail && inCode.detail) compareShape(`README ${e.name} detail`, parseShape(code(detail) ?? ''), inCode.detail);
  // The `detail: {…}` of the JSDoc (the manifest's description): each names fields the code has, and together they
  // name them all.
  const mentions = [...e.description.matchAll(/detail: \{/g)].map((m) => braced(e.description, m.index + 8));
  const seen = new Set();
  for (const m of mentions) {
    const shape = parseShape(m);
    shape.forEach((f) => seen.add(f.name));
    const described = shape.map((f) => ({ ...f, optional: false, type: f.type?.startsWith('{') ? f.type : undefined }));
    compareShape(`JSDoc of ${e.name}: detail ${m}`, described, inCode.detail, { types: false, all: false });
  }
  const unnamed = propsOf(inCode.detail)
    .filter((p) => !seen.has(p.name))
    .map((p) => p.name);
  if (mentions.length && unnamed.length) {
    typeProblems.push(`JSDoc of ${e.name} never names detail field(s) ${unnamed.join(', ')} that the code sends`);
  }
}
for (const name of codeEvents.keys()) {
  if (!el.events.some((e) => e.name === name)) typeProblems.push(`${name} (src/events.ts) has no @fires in the JSDoc`);
}
if (typeProblems.length) {
  console.error(`Types disagree:\n  ${typeProblems.join('\n  ')}`);
  process.exit(1);
}
console.log(
  `README and custom-elements.json agree on the types of ${el.attributes.length} attributes, the methods and ${el.events.length} events; the event details match src/events.ts`,
);

const { readme: now, expected } = await expectedReadme();
if (now !== expected) {
  console.error(
    'README: the balance per decade no longer matches the data; run `node scripts/balance-table.mjs --write`',
  );
  process.exit(1);
}
console.log('README: the balance per decade matches the data');

const snippets = checkSnippets();
if (snippets.problems.length) {
  console.error(`Framework snippets that are not the consumer apps' code:\n  ${snippets.problems.join('\n  ')}`);
  process.exit(1);
}
console.log(`${snippets.count} framework snippets are the consumer apps' code`);
