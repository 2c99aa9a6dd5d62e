import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A fresh folder under the system temp folder; remove it with `removeTempDir`. */
export function makeTempDir(prefix = 'newsroom-test-'): Promise<string> {
  return mkdtemp(join(tmpdir(), prefix));
}

export function removeTempDir(path: string): Promise<void> {
  return rm(path, { recursive: true, force: true });
}
