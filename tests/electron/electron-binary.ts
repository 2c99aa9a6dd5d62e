import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const electronPackage = join(import.meta.dirname, '../../node_modules/electron');

/**
 * The Electron executable, when one is on this machine, found without `require('electron')`:
 * that would try to download the binary, which these machines cannot reach.
 */
export function findElectronBinary(env: Record<string, string | undefined> = process.env): string | null {
  const pathFile = join(electronPackage, 'path.txt');
  const relative = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : null;
  if (env.ELECTRON_OVERRIDE_DIST_PATH) {
    const candidate = join(env.ELECTRON_OVERRIDE_DIST_PATH, relative ?? 'electron');
    return existsSync(candidate) ? candidate : null;
  }
  if (!relative) return null;
  const candidate = join(electronPackage, 'dist', relative);
  return existsSync(candidate) ? candidate : null;
}

export const ELECTRON_MISSING =
  'tests/electron skipped: no Electron binary on this machine (node_modules/electron/dist is empty and ' +
  'ELECTRON_OVERRIDE_DIST_PATH is not set). Run `npx install-electron` where GitHub is reachable to run them.';
