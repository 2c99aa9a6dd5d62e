import { stat } from 'node:fs/promises';
import type { CheckedArchive } from './archive-reader';
import { readArchiveManifest } from './archive-reader';
import type { BackupInfo } from './backup-info';
import { parseBackupId } from './backup-location';
import { DamagedBackupError } from './damaged-backup-error';
import { errnoCode } from './fs-errors';

/** What a backup's checked manifest says of it. */
export function describeCheckedArchive(
  id: string,
  path: string,
  { manifest, sizeBytes }: CheckedArchive,
  contentVerified: boolean,
): BackupInfo {
  return {
    id,
    path,
    createdAt: manifest.createdAt,
    reason: manifest.reason,
    sizeBytes,
    fileCount: manifest.files.length,
    damage: null,
    contentVerified,
  };
}

/**
 * Describes the rolling backup `id` from its manifest alone (see readArchiveManifest). A damaged one
 * is still described, from its id, so that it is shown and pruned like the others. Returns null when
 * the archive is gone (removed while listing).
 */
export async function describeRollingBackup(id: string, path: string): Promise<BackupInfo | null> {
  try {
    return describeCheckedArchive(id, path, await readArchiveManifest(path), false);
  } catch (error) {
    const code = errnoCode(error);
    if (code === 'ENOENT') return null;
    if (error instanceof DamagedBackupError) return damagedRollingBackup(id, path, error.message);
    // An archive that cannot even be read (EIO) is as useless for a restore as a damaged one.
    if (code !== undefined) return damagedRollingBackup(id, path, `The archive could not be read (${code})`);
    throw error;
  }
}

/** A rolling backup found damaged, described from its id since its manifest cannot be trusted. */
async function damagedRollingBackup(id: string, path: string, damage: string): Promise<BackupInfo | null> {
  const fromId = parseBackupId(id);
  if (fromId === null) return null;
  const sizeBytes = await stat(path).then(
    (found) => found.size,
    () => 0,
  );
  return {
    id,
    path,
    createdAt: fromId.createdAt.toISOString(),
    reason: fromId.reason,
    sizeBytes,
    fileCount: 0,
    damage,
    contentVerified: false,
  };
}
