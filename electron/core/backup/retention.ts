import { calendarDateIn } from '../time/calendar-date';
import type { BackupReason } from './backup-info';
import { newestFirst } from './newest-first';

/** At most this many rolling backups are kept. */
export const MAX_BACKUPS = 10;
/** Backups kept from today, so that a bad edit of this afternoon can be undone from this morning. */
export const BACKUPS_KEPT_FROM_TODAY = 3;

/** What retention needs to know of a backup. */
export interface RetainedBackup {
  id: string;
  createdAt: string;
  reason: BackupReason;
}

/** The time zone of the machine, which decides where "today" starts. */
export function machineTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}

/**
 * Which backups to keep, newest first: the rule of Actual Budget (loot-core `backups.ts`).
 * - Days are calendar days in `timeZone`, so "today" starts at the person's midnight and a day of
 *   23 or 25 hours (a DST change) is still one day.
 * - The 3 newest backups of today are kept, and the newest one of each earlier day.
 * - Of those, the 10 newest are kept.
 * - The newest 'before-restore' backup is always kept, since it is the undo of the last restore. It
 *   counts like the others, and when it would be an 11th the oldest other one makes room for it.
 * A backup dated after `now` (the clock was moved back) counts as a day of its own, like any
 * earlier day. Pure: it decides, pruneBackups removes.
 */
export function backupsToKeep<Backup extends RetainedBackup>(
  backups: readonly Backup[],
  now: Date,
  timeZone: string = machineTimeZone(),
): Backup[] {
  const sorted = [...backups].sort(newestFirst);
  const today = calendarDateIn(now, timeZone);
  const keptPerDay = new Map<string, number>();
  const kept = sorted
    .filter((backup) => {
      const day = calendarDateIn(new Date(backup.createdAt), timeZone);
      const keptThatDay = keptPerDay.get(day) ?? 0;
      if (keptThatDay >= (day === today ? BACKUPS_KEPT_FROM_TODAY : 1)) return false;
      keptPerDay.set(day, keptThatDay + 1);
      return true;
    })
    .slice(0, MAX_BACKUPS);
  const lastUndo = sorted.find((backup) => backup.reason === 'before-restore');
  if (lastUndo === undefined || kept.includes(lastUndo)) return kept;
  return [...kept.slice(0, MAX_BACKUPS - 1), lastUndo].sort(newestFirst);
}
