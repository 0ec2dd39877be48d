// The Next.js 16 App Router host. `next build` prerenders both pages as static HTML into node_modules/.builds/next
// (ignored by git and ESLint); scripts/test-consumers.mjs serves them with `next start` on 127.0.0.1.
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { NextConfig } from 'next';

/** test/consumers, whose node_modules this app resolves from (the repository has a lockfile of its own above it). */
const consumers = dirname(dirname(fileURLToPath(import.meta.url)));

const config: NextConfig = {
  distDir: '../node_modules/.builds/next',
  turbopack: { root: consumers },
  outputFileTracingRoot: consumers,
};

export default config;
