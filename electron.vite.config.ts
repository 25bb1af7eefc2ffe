import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import react from '@vitejs/plugin-react';
import { readFileSync } from 'node:fs';

export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      rollupOptions: {
        input: {
          main: resolve('electron/shell/main.ts'),
          cli: resolve('electron/cli.ts'),
          // Evaluation worker threads load this file beside the main entry (see electron/evaluation/worker-entry.ts).
          'evaluation-worker': resolve('electron/evaluation/worker.ts'),
        },
      },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      // A sandboxed preload cannot be an ES module.
      rollupOptions: {
        input: { preload: resolve('electron/shell/preload.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: 'renderer',
    plugins: [react()],
    define: { __APP_VERSION__: JSON.stringify(appVersion()) },
    build: {
      outDir: 'out/renderer',
      // electron-vite leaves bundles unminified; the renderer is minified to keep start-up and memory low.
      minify: true,
      rollupOptions: { input: { index: resolve('renderer/index.html') } },
    },
  },
});

function appVersion(): string {
  return (JSON.parse(readFileSync('package.json', 'utf8')) as { version: string }).version;
}
