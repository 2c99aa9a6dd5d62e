import { mkdir } from 'node:fs/promises';
import { dirname, sep } from 'node:path';
import { AppFailure } from '../../shared/result';
import { writeFileAtomically } from '../store/atomic-write';
import { readVerifiedEntry } from './archive-reader';
import type { BackupInfo } from './backup-info';
import { DamagedBackupError } from './damaged-backup-error';
import { dataPathOf, isDataPath } from './data-files';
import { errnoCode, writeFailure } from './fs-errors';
import { listBackups } from './list-backups';

const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/**
 * Start-up recovery of one damaged store file: puts back the copy from the newest rolling backup
 * whose copy matches its SHA-256 in the manifest and still parses as JSON (a backup taken after
 * the file went bad holds the bad file, hash and all, so both checks are needed), atomically.
 * Returns the backup it came from, or null when no backup has a good copy; the store then starts
 * from defaults, in memory.
 *
 * `relativePath` is relative to the data folder (`releases/index.json`, or with the platform's
 * separator). Precondition: the caller holds the store lock and has already quarantined the bad
 * file, which is never written over.
 */
export async function recoverFile(
  dataDir: string,
  relativePath: string,
): Promise<{ from: BackupInfo } | null> {
  const path = relativePath.split(sep).join('/');
  if (!isDataPath(path)) throw new AppFailure('INVALID_INPUT', `${relativePath} is not a data file`);
  for (const backup of await listBackups(dataDir)) {
    if (backup.damage !== null) continue;
    const text = await goodCopyIn(backup.path, path);
    if (text === null) continue;
    const target = dataPathOf(dataDir, path);
    try {
      await mkdir(dirname(target), { recursive: true });
      await writeFileAtomically(target, text);
    } catch (error) {
      throw writeFailure(target, error);
    }
    return { from: backup };
  }
  return null;
}

/** The backup's copy of `path` as text, or null when it has none or none worth restoring. */
async function goodCopyIn(archivePath: string, path: string): Promise<string | null> {
  let bytes: Buffer | null;
  try {
    bytes = await readVerifiedEntry(archivePath, path);
  } catch (error) {
    // Damaged, or pruned since it was listed: try the next older backup.
    if (error instanceof DamagedBackupError || errnoCode(error) === 'ENOENT') return null;
    throw error;
  }
  if (bytes === null) return null;
  try {
    const text = strictUtf8.decode(bytes);
    JSON.parse(text);
    return text;
  } catch {
    return null;
  }
}
