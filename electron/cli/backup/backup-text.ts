import type { BackupInfo } from '../../core/backup/backup-info';
import { textTable } from '../text-table';

/** "1.4 MB": sizes as a file manager shows them. */
export function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  const units = ['KB', 'MB', 'GB'];
  let value = bytes / 1024;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return `${value.toFixed(value < 10 ? 1 : 0)} ${units[unit]}`;
}

/** When a backup was taken, in the machine's time zone: "2026-11-28 18:05:12". */
export function localTime(iso: string): string {
  const date = new Date(iso);
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())} ${pad(date.getHours())}:${pad(date.getMinutes())}:${pad(date.getSeconds())}`;
}

export function backupTable(backups: readonly BackupInfo[]): string[] {
  return textTable(backups, [
    { header: 'BACKUP_ID', cell: (backup) => backup.id },
    { header: 'TAKEN', cell: (backup) => localTime(backup.createdAt) },
    { header: 'REASON', cell: (backup) => backup.reason },
    { header: 'SIZE', cell: (backup) => formatSize(backup.sizeBytes) },
    { header: 'FILES', cell: (backup) => String(backup.fileCount) },
    { header: 'STATE', cell: (backup) => (backup.damage === null ? 'ok' : `damaged: ${backup.damage}`) },
  ]);
}
