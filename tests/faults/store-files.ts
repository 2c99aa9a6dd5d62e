import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { NewsroomStore, type OpenStoreOptions } from '../../electron/core/store/newsroom-store';

/** Opens a store for a fault trial: no sample, fixed locale and time zone. */
export function openTrialStore(dataDir: string, holder = 'the fault suite'): Promise<NewsroomStore> {
  const options: OpenStoreOptions = {
    dataDir,
    holder,
    locale: 'en-GB',
    timeZone: 'Europe/Paris',
    seedSampleOnFirstRun: false,
  };
  return NewsroomStore.open(options);
}

/** Every file under `folder`, relative to it, with the SHA-256 of its bytes. */
export async function hashFiles(folder: string): Promise<Map<string, string>> {
  const hashes = new Map<string, string>();
  for (const entry of await readdir(folder, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    hashes.set(
      relative(folder, path),
      createHash('sha256')
        .update(await readFile(path))
        .digest('hex'),
    );
  }
  return hashes;
}

/** The files whose bytes differ between two hashings, or that only one of them has. */
export function changedFiles(before: Map<string, string>, after: Map<string, string>): string[] {
  const names = new Set([...before.keys(), ...after.keys()]);
  return [...names].filter((name) => before.get(name) !== after.get(name)).sort();
}

/** Store files (JSON, outside quarantine and backups) that do not parse. */
export async function unparsableFiles(dataDir: string): Promise<string[]> {
  const bad: string[] = [];
  for (const entry of await readdir(dataDir, { withFileTypes: true, recursive: true })) {
    const path = join(entry.parentPath, entry.name);
    const name = relative(dataDir, path);
    if (!entry.isFile() || !name.endsWith('.json') || /^(quarantine|backups|\.profile)\b/.test(name))
      continue;
    try {
      JSON.parse(await readFile(path, 'utf8'));
    } catch {
      bad.push(name);
    }
  }
  return bad;
}

/** Temp files of interrupted or failed writes. */
export async function tempFiles(dataDir: string): Promise<string[]> {
  const names = await readdir(dataDir, { recursive: true });
  return names.filter((name) => name.endsWith('.tmp'));
}
