import { describe, expect, it } from 'vitest';
import type { BackupReason } from '../../../../../electron/core/backup/backup-info';
import { backupsToKeep, type RetainedBackup } from '../../../../../electron/core/backup/retention';

/** A backup taken at `iso`; the id only has to be unique and sortable. */
const backup = (iso: string, reason: BackupReason = 'interval'): RetainedBackup => ({
  id: `${iso}-${reason}`,
  createdAt: new Date(iso).toISOString(),
  reason,
});
const kept = (backups: RetainedBackup[], now: string, timeZone: string) =>
  backupsToKeep(backups, new Date(now), timeZone).map((kept) => kept.createdAt);
const iso = (text: string) => new Date(text).toISOString();

describe('backupsToKeep', () => {
  it('keeps the three newest of today and the newest of each earlier day, newest first', () => {
    const backups = [
      backup('2026-11-26T08:00:00Z', 'start'),
      backup('2026-11-26T17:00:00Z'),
      backup('2026-11-27T09:00:00Z', 'start'),
      backup('2026-11-28T08:00:00Z', 'start'),
      backup('2026-11-28T08:15:00Z'),
      backup('2026-11-28T08:30:00Z'),
      backup('2026-11-28T08:45:00Z'),
    ];
    expect(kept(backups, '2026-11-28T09:00:00Z', 'UTC')).toEqual(
      [
        '2026-11-28T08:45:00Z',
        '2026-11-28T08:30:00Z',
        '2026-11-28T08:15:00Z',
        '2026-11-27T09:00:00Z',
        '2026-11-26T17:00:00Z',
      ].map(iso),
    );
  });

  it('does not depend on the order it is given the backups in', () => {
    const backups = [
      backup('2026-11-28T08:00:00Z'),
      backup('2026-11-27T08:00:00Z'),
      backup('2026-11-28T09:00:00Z'),
    ];
    expect(kept([...backups].reverse(), '2026-11-28T10:00:00Z', 'UTC')).toEqual(
      kept(backups, '2026-11-28T10:00:00Z', 'UTC'),
    );
  });

  it('keeps ten at most', () => {
    const daily = Array.from({ length: 15 }, (_, day) =>
      backup(`2026-11-${String(day + 1).padStart(2, '0')}T12:00:00Z`),
    );
    const result = kept(daily, '2026-11-15T13:00:00Z', 'UTC');
    expect(result).toHaveLength(10);
    expect(result[0]).toBe(iso('2026-11-15T12:00:00Z'));
    expect(result[9]).toBe(iso('2026-11-06T12:00:00Z'));
  });

  it('starts "today" at midnight in the given time zone, not in UTC', () => {
    const backups = [
      backup('2026-11-28T21:00:00Z'),
      backup('2026-11-28T22:00:00Z'),
      backup('2026-11-28T23:10:00Z'),
      backup('2026-11-28T23:20:00Z'),
      backup('2026-11-28T23:25:00Z'),
    ];
    // 23:30 UTC on the 28th is already 00:30 on the 29th in Paris.
    const now = '2026-11-28T23:30:00Z';
    // In UTC all five are from today: the three newest are kept.
    expect(kept(backups, now, 'UTC')).toEqual(
      ['2026-11-28T23:25:00Z', '2026-11-28T23:20:00Z', '2026-11-28T23:10:00Z'].map(iso),
    );
    // In Paris the last three are from today, the 29th, and the first two from yesterday: one of those.
    expect(kept(backups, now, 'Europe/Paris')).toEqual(
      ['2026-11-28T23:25:00Z', '2026-11-28T23:20:00Z', '2026-11-28T23:10:00Z', '2026-11-28T22:00:00Z'].map(
        iso,
      ),
    );
  });

  it('counts the 25-hour day when clocks go back as one day', () => {
    // Paris, Sunday 25 October 2026: 03:00 CEST becomes 02:00 CET at 01:00 UTC.
    const backups = [
      backup('2026-10-24T21:59:00Z'), // Saturday 23:59 CEST
      backup('2026-10-24T22:01:00Z'), // Sunday 00:01 CEST
      backup('2026-10-25T00:30:00Z'), // Sunday 02:30 CEST, the first time
      backup('2026-10-25T01:30:00Z'), // Sunday 02:30 CET, the second time
      backup('2026-10-25T22:30:00Z'), // Sunday 23:30 CET
    ];
    expect(kept(backups, '2026-10-25T22:45:00Z', 'Europe/Paris')).toEqual(
      ['2026-10-25T22:30:00Z', '2026-10-25T01:30:00Z', '2026-10-25T00:30:00Z', '2026-10-24T21:59:00Z'].map(
        iso,
      ),
    );
  });

  it('counts the 23-hour day when clocks go forward as one day', () => {
    // New York, Sunday 8 March 2026: 02:00 EST becomes 03:00 EDT at 07:00 UTC.
    const backups = [
      backup('2026-03-08T04:59:00Z'), // Saturday 23:59 EST
      backup('2026-03-08T05:01:00Z'), // Sunday 00:01 EST
      backup('2026-03-08T06:59:00Z'), // Sunday 01:59 EST
      backup('2026-03-08T07:01:00Z'), // Sunday 03:01 EDT
      backup('2026-03-09T03:59:00Z'), // Sunday 23:59 EDT
    ];
    expect(kept(backups, '2026-03-09T03:59:30Z', 'America/New_York')).toEqual(
      ['2026-03-09T03:59:00Z', '2026-03-08T07:01:00Z', '2026-03-08T06:59:00Z', '2026-03-08T04:59:00Z'].map(
        iso,
      ),
    );
    // The next day, Sunday is an earlier day: only its newest backup stays.
    expect(kept(backups, '2026-03-09T12:00:00Z', 'America/New_York')).toEqual(
      ['2026-03-09T03:59:00Z', '2026-03-08T04:59:00Z'].map(iso),
    );
  });

  it('always keeps the newest before-restore backup, the undo of the last restore', () => {
    const today = [
      backup('2026-11-28T08:00:00Z', 'before-restore'),
      backup('2026-11-28T09:00:00Z'),
      backup('2026-11-28T10:00:00Z'),
      backup('2026-11-28T11:00:00Z'),
    ];
    expect(kept(today, '2026-11-28T12:00:00Z', 'UTC')).toEqual(
      ['2026-11-28T11:00:00Z', '2026-11-28T10:00:00Z', '2026-11-28T09:00:00Z', '2026-11-28T08:00:00Z'].map(
        iso,
      ),
    );
  });

  it('keeps the newest before-restore backup within the ten, in place of the oldest other one', () => {
    const daily = Array.from({ length: 12 }, (_, day) =>
      backup(`2026-11-${String(day + 10).padStart(2, '0')}T12:00:00Z`),
    );
    const undo = backup('2026-11-01T12:00:00Z', 'before-restore');
    const olderUndo = backup('2026-10-01T12:00:00Z', 'before-restore');
    const result = kept([...daily, undo, olderUndo], '2026-11-21T13:00:00Z', 'UTC');
    expect(result).toHaveLength(10);
    expect(result.at(-1)).toBe(undo.createdAt);
    expect(result.at(-2)).toBe(iso('2026-11-13T12:00:00Z'));
    expect(result).not.toContain(olderUndo.createdAt);
  });

  it('keeps a backup dated after now (the clock was moved back) as a day of its own', () => {
    const backups = [
      backup('2026-11-29T08:00:00Z'),
      backup('2026-11-29T09:00:00Z'),
      backup('2026-11-28T08:00:00Z'),
    ];
    expect(kept(backups, '2026-11-28T09:00:00Z', 'UTC')).toEqual(
      ['2026-11-29T09:00:00Z', '2026-11-28T08:00:00Z'].map(iso),
    );
  });

  it('keeps nothing of nothing', () => {
    expect(backupsToKeep([], new Date(), 'UTC')).toEqual([]);
  });
});
