import { rm } from 'node:fs/promises';
import type { BackupInfo } from './backup-info';
import { backupsFolderOf } from './backup-location';
import { syncFolder } from './durable-fs';
import { writeFailure } from './fs-errors';
import { listBackups } from './list-backups';
import { backupsToKeep, machineTimeZone } from './retention';

/**
 * Removes the rolling backups that backupsToKeep does not keep, and returns them. Backups written
 * to a folder the person chose (backupToFolder) are not in `backups/` and never pruned.
 * Precondition: the caller holds the store lock.
 */
export async function pruneBackups(
  dataDir: string,
  now: Date = new Date(),
  timeZone: string = machineTimeZone(),
): Promise<BackupInfo[]> {
  const backups = await listBackups(dataDir);
  const kept = new Set(backupsToKeep(backups, now, timeZone));
  const removed = backups.filter((backup) => !kept.has(backup));
  try {
    for (const backup of removed) await rm(backup.path, { force: true });
    if (removed.length > 0) await syncFolder(backupsFolderOf(dataDir));
  } catch (error) {
    throw writeFailure(`the backups folder of ${dataDir}`, error);
  }
  return removed;
}
