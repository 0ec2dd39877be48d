import { defineConfig } from 'vite';
import vue from '@vitejs/plugin-vue';

export default defineConfig({
  // The tag is a custom element, not a Vue component.
  plugins: [vue({ template: { compilerOptions: { isCustomElement: (tag) => tag === 'mongolia-timeline' } } })],
  build: {
    // Built under node_modules, which git and ESLint ignore (scripts/test-consumers.mjs serves it from there).
    outDir: '../node_modules/.builds/vue',
    emptyOutDir: true,
    sourcemap: true,
    // The element bundles its dataset (about 430 kB minified), so the app's one chunk passes Vite's default warning.
    chunkSizeWarningLimit: 1200,
  },
  logLevel: 'warn',
});
