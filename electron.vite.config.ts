import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import react from '@vitejs/plugin-react';

const root = import.meta.dirname;

export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      rolldownOptions: {
        input: {
          index: resolve(root, 'electron/main/index.ts'),
          // The worker thread that reads contact import files: main starts it by this file's path.
          'import-worker': resolve(root, 'electron/core/contacts-import/import-worker.ts'),
        },
      },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      // A sandboxed preload can only require('electron') and a few built-ins: bundle everything
      // into one CommonJS file, because sandboxed renderers cannot load an ESM preload.
      externalizeDeps: false,
      rolldownOptions: {
        input: { index: resolve(root, 'electron/preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: resolve(root, 'renderer'),
    plugins: [react()],
    resolve: { alias: { '@shared': resolve(root, 'electron/shared') } },
    build: {
      outDir: resolve(root, 'out/renderer'),
      minify: true,
      rolldownOptions: {
        input: {
          index: resolve(root, 'renderer/index.html'),
          print: resolve(root, 'renderer/print.html'),
        },
      },
    },
  },
});
