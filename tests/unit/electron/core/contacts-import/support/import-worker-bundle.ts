import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Worker } from 'node:worker_threads';
import { build } from 'esbuild';
import type { StartImportWorker } from '../../../../../../electron/core/contacts-import/parse-in-worker';

const entry = resolve(
  import.meta.dirname,
  '../../../../../../electron/core/contacts-import/import-worker.ts',
);

/**
 * Bundles the worker entry into one ES module file, as the app's build (electron.vite.config.ts) does for
 * the app, and returns a starter for parseImportFileInWorker. The bundle is made once per test file.
 */
export async function bundledImportWorker(): Promise<{ startWorker: StartImportWorker; path: string }> {
  const folder = await mkdtemp(join(tmpdir(), 'newsroom-import-worker-'));
  const path = join(folder, 'import-worker.mjs');
  const bundle = await build({
    entryPoints: [entry],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    write: false,
    // papaparse is CommonJS: give the bundle a require() of its own for what it pulls in.
    banner: {
      js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);",
    },
  });
  await writeFile(path, bundle.outputFiles[0]!.contents);
  return { path, startWorker: (options) => new Worker(path, options) };
}
