import { defineConfig } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';

export default defineConfig({
  plugins: [svelte()],
  build: {
    // Built under node_modules, which git and ESLint ignore (scripts/test-consumers.mjs serves it from there).
    outDir: '../node_modules/.builds/svelte',
    emptyOutDir: true,
    sourcemap: true,
    // The element bundles its dataset (about 430 kB minified), so the app's one chunk passes Vite's default warning.
    chunkSizeWarningLimit: 1200,
  },
  logLevel: 'warn',
});
