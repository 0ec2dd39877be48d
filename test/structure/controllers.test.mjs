// Issue #17: state flows one way. A controller takes `() => props` and returns values; only the element writes its
// public properties and fires its events, and a controller never reaches into another template by selector on the
// host. Read from the sources, so that a change that breaks the rule fails here before review.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdir, readFile } from 'node:fs/promises';

const DIR = new URL('../../src/controllers/', import.meta.url);
const files = (await readdir(DIR)).filter((f) => f.endsWith('.ts'));

async function offending(pattern) {
  const found = [];
  for (const file of files) {
    const lines = (await readFile(new URL(file, DIR), 'utf8')).split('\n');
    lines.forEach((line, i) => {
      if (!/^\s*(\/\/|\*)/.test(line) && pattern.test(line)) found.push(`${file}:${i + 1}: ${line.trim()}`);
    });
  }
  return found;
}

test('there are controllers to check', () => {
  assert.ok(files.length >= 10, `${files.length} files in src/controllers`);
});

test('no controller assigns a property of its host', async () => {
  assert.deepEqual(await offending(/\bhost\.[A-Za-z_$][\w$]*\s*(=(?!=)|\?\?=|\|\|=|&&=)/), []);
});

test('no controller fires an event of the element', async () => {
  assert.deepEqual(await offending(/\bemit\(|\bdispatchEvent\(/), []);
});

test("no controller queries the host's shadow root", async () => {
  assert.deepEqual(await offending(/shadowRoot\??\.querySelector/), []);
});
