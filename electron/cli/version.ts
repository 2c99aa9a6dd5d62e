import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The version of this checkout, from its package.json: the CLI and the app are one package. */
export function packageVersion(): string {
  const manifest = JSON.parse(readFileSync(join(import.meta.dirname, '../../package.json'), 'utf8')) as {
    version?: unknown;
  };
  return typeof manifest.version === 'string' ? manifest.version : '0.0.0';
}
