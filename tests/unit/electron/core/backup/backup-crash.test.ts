import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createBackup, type BackupStep } from '../../../../../electron/core/backup/create-backup';
import { listBackups, verifyBackup } from '../../../../../electron/core/backup/list-backups';
import { openTestStore } from '../../../../support/open-test-store';
import { makeTempDir, removeTempDir } from '../../../../support/temp-dir';
import { crashAt, failAt, runUntilCrash } from './support/crash-at';

let dataDir: string;
beforeEach(async () => {
  dataDir = await makeTempDir();
  const store = await openTestStore(dataDir, { seedSampleOnFirstRun: true });
  await store.close();
  await createBackup(dataDir, { reason: 'start', now: new Date('2026-11-28T08:00:00Z') });
});
afterEach(() => removeTempDir(dataDir));

const steps: readonly BackupStep[] = ['files-read', 'temp-written', 'renamed'];
/** Whether the new backup is complete once the process stops after this step. */
const completeAfter: Record<BackupStep, boolean> = {
  'files-read': false,
  'temp-written': false,
  renamed: true,
};
const now = new Date('2026-11-28T09:00:00Z');

/** Every listed backup verifies: no half backup is ever listed. Returns the listed ids. */
async function listedAndWhole(): Promise<string[]> {
  const listed = await listBackups(dataDir);
  for (const backup of listed) {
    expect(await verifyBackup(dataDir, backup.id)).toMatchObject({
      damage: null,
      fileCount: backup.fileCount,
    });
  }
  return listed.map((backup) => backup.id);
}

describe('a backup interrupted', () => {
  for (const step of steps) {
    it(`by a crash after ${step} leaves no backup or a whole one, and the next backup cleans up`, async () => {
      const { hook, reached } = crashAt(step);
      await runUntilCrash(createBackup(dataDir, { reason: 'interval', now, afterStep: hook }), reached);

      const expected = completeAfter[step]
        ? ['20261128T090000Z-interval', '20261128T080000Z-start']
        : ['20261128T080000Z-start'];
      expect(await listedAndWhole()).toEqual(expected);

      const next = await createBackup(dataDir, { reason: 'interval', now: new Date('2026-11-28T09:15:00Z') });
      expect((await readdir(join(dataDir, 'backups'))).sort()).toEqual(
        [...expected, next.id].map((id) => `${id}.tar`).sort(),
      );
    });

    it(`by an I/O error after ${step} fails with WRITE_FAILED and leaves no temp file`, async () => {
      await expect(
        createBackup(dataDir, { reason: 'interval', now, afterStep: failAt(step) }),
      ).rejects.toMatchObject({
        code: 'WRITE_FAILED',
        message: expect.stringContaining('the disk reported an input/output error'),
      });
      const expected = completeAfter[step]
        ? ['20261128T090000Z-interval', '20261128T080000Z-start']
        : ['20261128T080000Z-start'];
      expect(await listedAndWhole()).toEqual(expected);
      expect((await readdir(join(dataDir, 'backups'))).filter((name) => name.startsWith('.'))).toEqual([]);
    });
  }
});
