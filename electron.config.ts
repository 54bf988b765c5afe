/**
 * electron-vite configuration: three bundles. The main process (Node side,
 * with better-sqlite3 kept external because it is native), the preload (one
 * self-contained file, as a sandboxed preload must be), and the renderer,
 * which browser mode serves unchanged. Vite 8 bundles with Rolldown, hence
 * rolldownOptions (electron-vite also maps the older rollupOptions onto it).
 */
import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';

export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      externalizeDeps: true,
      // serve.js is browser mode's entry, run by `npm start` with plain Node where Electron is
      // missing: compiling it here saves the seconds tsx spends transpiling at every launch.
      rolldownOptions: { input: { index: resolve('src/main/electron/main.ts'), serve: resolve('src/main/server/serve.ts') } },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      // A sandboxed preload can require only 'electron': everything else is bundled in,
      // minified because it is parsed again for every window.
      externalizeDeps: false,
      minify: true,
      rolldownOptions: {
        input: { index: resolve('src/main/electron/preload.ts') },
        external: ['electron'],
        output: { format: 'cjs', entryFileNames: '[name].cjs', inlineDynamicImports: true },
      },
    },
  },
  renderer: {
    root: 'src/renderer',
    build: {
      outDir: 'out/renderer',
      // Minified: browser mode downloads, parses and compiles the whole bundle at every start, and
      // half its 3.4 MB was whitespace and long names (issue 9's cold start, scripts/bench-ui/cold-start.ts).
      minify: true,
      // Fonts stay files, never data: URLs, so the CSP can say font-src 'self' (content-security-policy.ts).
      assetsInlineLimit: (file: string) => (/\.(woff2?|ttf|otf)$/i.test(file) ? false : undefined),
      rolldownOptions: { input: { index: resolve('src/renderer/index.html') } },
    },
    plugins: [react()],
  },
});
