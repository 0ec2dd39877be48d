// The Next.js 16 App Router host. The element needs none of these settings: they only fit the app into
// test/consumers. `next build` prerenders both pages as static HTML into node_modules/.builds/next (ignored by git
// and ESLint, as the Vite apps' builds are); scripts/test-consumers.mjs serves them with `next start` on 127.0.0.1.
// JavaScript, not next.config.ts: the repository's own type check (tsconfig.test.json, test/**/*.ts) runs before
// test/consumers has its node_modules, where it would not find `next`.
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

/** test/consumers, whose node_modules this app resolves from (the repository has a lockfile of its own above it). */
const consumers = dirname(dirname(fileURLToPath(import.meta.url)));

/** @type {import('next').NextConfig} */
const config = {
  distDir: '../node_modules/.builds/next',
  turbopack: { root: consumers },
  outputFileTracingRoot: consumers,
};

export default config;
