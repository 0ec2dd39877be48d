import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

export default defineConfig({
  plugins: [react()],
  build: {
    // Built under node_modules, which git and ESLint ignore (scripts/test-consumers.mjs serves it from there).
    outDir: '../node_modules/.builds/react',
    emptyOutDir: true,
    sourcemap: true,
    // The element bundles its dataset (about 430 kB minified), so the app's one chunk passes Vite's default warning.
    chunkSizeWarningLimit: 1200,
  },
  logLevel: 'warn',
});
