import { join } from 'node:path';
import { backupReasons, type BackupReason } from './backup-info';

/** The folder of rolling backups inside the data folder. It is not data: backups never hold backups. */
export const BACKUPS_FOLDER = 'backups';
/** Every backup is a tar archive, which any tar tool opens. */
export const ARCHIVE_EXTENSION = '.tar';

// `20261128T170512Z-start`, and `-2`, `-3`... for a second backup of the same reason in the same second.
const BACKUP_ID = new RegExp(
  `^(\\d{4})(\\d{2})(\\d{2})T(\\d{2})(\\d{2})(\\d{2})Z-(${backupReasons.join('|')})(?:-([2-9]|[1-9]\\d+))?$`,
);

/** `<dataDir>/backups`. */
export function backupsFolderOf(dataDir: string): string {
  return join(dataDir, BACKUPS_FOLDER);
}

/** Where the archive of the rolling backup `id` lives. */
export function archivePathOf(dataDir: string, id: string): string {
  return join(backupsFolderOf(dataDir), `${id}${ARCHIVE_EXTENSION}`);
}

/**
 * The id of a backup taken at `createdAt`: its UTC time first, so that ids sort by age and do not
 * jump when the clocks change, then its reason, then `occurrence` when it is not the first one.
 */
export function backupIdOf(createdAt: Date, reason: BackupReason, occurrence = 1): string {
  const stamp = createdAt
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d+Z$/, 'Z');
  return occurrence === 1 ? `${stamp}-${reason}` : `${stamp}-${reason}-${occurrence}`;
}

/** What an id says of its backup, or null when `id` is not the id of a rolling backup. */
export function parseBackupId(id: string): { createdAt: Date; reason: BackupReason } | null {
  const match = BACKUP_ID.exec(id);
  if (!match) return null;
  const [, year, month, day, hour, minute, second, reason] = match;
  const createdAt = new Date(`${year}-${month}-${day}T${hour}:${minute}:${second}Z`);
  const known = backupReasons.find((candidate) => candidate === reason);
  return Number.isNaN(createdAt.getTime()) || known === undefined ? null : { createdAt, reason: known };
}
