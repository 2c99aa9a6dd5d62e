import { readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { backupToFolder } from '../../../../../electron/core/backup/backup-to-folder';
import type { BackupReason } from '../../../../../electron/core/backup/backup-info';
import { createBackup } from '../../../../../electron/core/backup/create-backup';
import { listBackups } from '../../../../../electron/core/backup/list-backups';
import { pruneBackups } from '../../../../../electron/core/backup/prune-backups';
import { makeTempDir, removeTempDir } from '../../../../support/temp-dir';

let dataDir: string;
beforeEach(async () => {
  dataDir = await makeTempDir();
  await writeFile(join(dataDir, 'settings.json'), '{"schemaVersion":1}\n');
});
afterEach(() => removeTempDir(dataDir));

const take = (iso: string, reason: BackupReason = 'interval') =>
  createBackup(dataDir, { reason, now: new Date(iso) });

describe('pruneBackups', () => {
  it('removes what the retention rule does not keep, over days, and returns it', async () => {
    // Twelve days with a start and an interval backup each, then a busy today.
    for (let day = 10; day <= 21; day += 1) {
      await take(`2026-11-${day}T08:00:00Z`, 'start');
      await take(`2026-11-${day}T17:00:00Z`);
    }
    for (const time of ['08:00', '09:00', '10:00', '11:00']) await take(`2026-11-22T${time}:00Z`);

    const removed = await pruneBackups(dataDir, new Date('2026-11-22T12:00:00Z'), 'UTC');

    const kept = (await listBackups(dataDir)).map((backup) => backup.createdAt);
    expect(kept).toEqual([
      '2026-11-22T11:00:00.000Z',
      '2026-11-22T10:00:00.000Z',
      '2026-11-22T09:00:00.000Z',
      ...[21, 20, 19, 18, 17, 16, 15].map((day) => `2026-11-${day}T17:00:00.000Z`),
    ]);
    expect(removed).toHaveLength(28 - 10);
    expect(await readdir(join(dataDir, 'backups'))).toHaveLength(10);
    expect(removed.map((backup) => backup.createdAt)).toContain('2026-11-22T08:00:00.000Z');
  });

  it('keeps the undo of the last restore, even from an earlier day', async () => {
    const undo = await take('2026-11-01T08:00:00Z', 'before-restore');
    for (let day = 10; day <= 21; day += 1) await take(`2026-11-${day}T17:00:00Z`);

    await pruneBackups(dataDir, new Date('2026-11-21T18:00:00Z'), 'UTC');

    const kept = await listBackups(dataDir);
    expect(kept).toHaveLength(10);
    expect(kept.at(-1)?.id).toBe(undo.id);
  });

  it('never touches a backup written to a folder the person chose', async () => {
    const usbStick = await makeTempDir('newsroom-usb-');
    try {
      const archive = await backupToFolder(dataDir, usbStick, new Date('2026-10-01T08:00:00Z'));
      for (let day = 10; day <= 21; day += 1) await take(`2026-11-${day}T17:00:00Z`);
      await pruneBackups(dataDir, new Date('2026-11-21T18:00:00Z'), 'UTC');
      expect(await readdir(usbStick)).toEqual([archive.slice(usbStick.length + 1)]);
    } finally {
      await removeTempDir(usbStick);
    }
  });

  it('removes nothing when there is nothing to remove', async () => {
    expect(await pruneBackups(dataDir)).toEqual([]);
    await take('2026-11-21T17:00:00Z');
    expect(await pruneBackups(dataDir, new Date('2026-11-21T18:00:00Z'))).toEqual([]);
  });
});
