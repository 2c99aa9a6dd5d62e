import { readdir, readFile } from 'node:fs/promises';
import { join, sep } from 'node:path';

/** Names in the data folder that are not data (DESIGN.md, "The store"), and hidden names. */
const NOT_DATA = new Set(['quarantine', 'logs', '.profile', 'backups', 'newsroom.lock']);

/**
 * Every data file of `dataDir` with its bytes, keyed by `/`-separated relative path. Walked here with
 * plain fs, independently of the code under test, so that a test can compare a folder byte for byte.
 */
export async function snapshotDataFolder(dataDir: string): Promise<Map<string, Buffer>> {
  const entries = await readdir(dataDir, { recursive: true, withFileTypes: true });
  const snapshot = new Map<string, Buffer>();
  for (const entry of entries) {
    if (!entry.isFile()) continue;
    const absolute = join(entry.parentPath, entry.name);
    const path = absolute
      .slice(dataDir.length + 1)
      .split(sep)
      .join('/');
    const segments = path.split('/');
    if (NOT_DATA.has(segments[0]!) || segments.some((segment) => segment.startsWith('.'))) continue;
    snapshot.set(path, await readFile(absolute));
  }
  return new Map([...snapshot].sort(([a], [b]) => (a < b ? -1 : 1)));
}

/** The snapshot as plain data, so that `toEqual` prints which file differs. */
export function describeSnapshot(snapshot: Map<string, Buffer>): Record<string, string> {
  return Object.fromEntries([...snapshot].map(([path, bytes]) => [path, bytes.toString('base64')]));
}
