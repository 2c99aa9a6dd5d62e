import { join } from 'node:path';
import { build } from 'esbuild';

let bundled: Promise<string> | null = null;

/** The bridge, bundled once per test worker into a script Playwright can run before the app. */
export function bridgeScript(): Promise<string> {
  bundled ??= build({
    entryPoints: [join(import.meta.dirname, 'bridge-entry.ts')],
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'chrome120',
    write: false,
  }).then((result) => result.outputFiles[0]!.text);
  return bundled;
}
