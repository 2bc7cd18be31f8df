// Vite build of the actor-network viewer (viewer/ → viewer/dist). One JS and one CSS file with
// relative URLs, so `newsgraph view` can serve it from any path and `newsgraph export --format html`
// can inline both into a single self-contained page.

import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: './',
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    cssCodeSplit: false,
    assetsInlineLimit: 100_000,
    modulePreload: false,
    rollupOptions: { output: { codeSplitting: false, entryFileNames: 'assets/viewer.js', assetFileNames: 'assets/viewer[extname]' } },
  },
  server: { host: '127.0.0.1' },
});
