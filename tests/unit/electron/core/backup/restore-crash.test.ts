import { readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createBackup } from '../../../../../electron/core/backup/create-backup';
import { listBackups, verifyBackup } from '../../../../../electron/core/backup/list-backups';
import { restoreBackup, type RestoreStep } from '../../../../../electron/core/backup/restore-backup';
import { completeInterruptedRestore } from '../../../../../electron/core/backup/restore-journal';
import { LOCK_FILE, StoreLock } from '../../../../../electron/core/store/store-lock';
import { openTestStore } from '../../../../support/open-test-store';
import { makeTempDir, removeTempDir } from '../../../../support/temp-dir';
import { crashAt, failAt, runUntilCrash } from './support/crash-at';
import { describeSnapshot, snapshotDataFolder } from './support/data-snapshot';
import { sampleThenEdited } from './support/sample-folder';

let dataDir: string;
let backupId: string;
/** The data as backed up (what a restore brings back) and as it is now (what it replaces). */
let backedUp: Record<string, string>;
let current: Record<string, string>;

beforeEach(async () => {
  dataDir = await makeTempDir();
  await sampleThenEdited(dataDir, async () => {
    backupId = (await createBackup(dataDir, { reason: 'manual', now: new Date('2026-11-28T08:00:00Z') })).id;
    backedUp = describeSnapshot(await snapshotDataFolder(dataDir));
  });
  current = describeSnapshot(await snapshotDataFolder(dataDir));
});
afterEach(() => removeTempDir(dataDir));

/**
 * Each step, the time it is reached (for a step reached once per file), and which state the next
 * start must show: the journal is the commit point.
 */
const steps: readonly [RestoreStep, number, 'old' | 'restored'][] = [
  ['verified', 1, 'old'],
  ['undo-backup-taken', 1, 'old'],
  ['staged', 1, 'old'],
  ['journal-written', 1, 'restored'],
  ['file-installed', 1, 'restored'],
  ['file-installed', 3, 'restored'],
  ['files-swapped', 1, 'restored'],
  ['journal-removed', 1, 'restored'],
];

/** The next start after a crash: the dead process's lock is taken over, then the restore settled. */
async function nextStart(): Promise<string> {
  const lock = await StoreLock.acquire(dataDir, 'the next start');
  try {
    return await completeInterruptedRestore(dataDir);
  } finally {
    await lock.release();
  }
}

async function expectState(state: 'old' | 'restored'): Promise<void> {
  expect(describeSnapshot(await snapshotDataFolder(dataDir))).toEqual(state === 'old' ? current : backedUp);
  expect((await readdir(dataDir)).filter((name) => name.startsWith('.'))).toEqual([]);
  for (const backup of await listBackups(dataDir)) {
    expect((await verifyBackup(dataDir, backup.id)).damage).toBeNull();
  }
}

describe('a restore interrupted by a crash', () => {
  it('differs from the current state, so that each case below shows which one it left', () => {
    expect(backedUp).not.toEqual(current);
  });

  for (const [step, occurrence, state] of steps) {
    it(`after ${step} #${occurrence} leaves the ${state} state, whole, once the next start has run`, async () => {
      const { hook, reached } = crashAt(step, occurrence);
      await runUntilCrash(restoreBackup(dataDir, backupId, new Date(), { afterStep: hook }), reached);
      // The process died: its lock is left behind, as by a crash (a live pid would not be taken over).
      await rm(join(dataDir, LOCK_FILE));

      expect(await nextStart()).toBe(
        step === 'verified' || step === 'undo-backup-taken'
          ? 'none'
          : step === 'staged' || step === 'journal-removed'
            ? 'discarded'
            : 'completed',
      );
      await expectState(state);
      // And the store opens on it without finding anything wrong.
      const store = await openTestStore(dataDir);
      expect(store.notices).toEqual([]);
      await store.close();
    });
  }
});

describe('a restore that meets an I/O error', () => {
  for (const [step, occurrence, state] of steps) {
    it(`after ${step} #${occurrence} fails, and leaves the ${state} state once the next start has run`, async () => {
      const restoring = restoreBackup(dataDir, backupId, new Date(), { afterStep: failAt(step) });
      // Before the commit point the failure surfaces as it is; nothing has changed.
      if (state === 'old') await expect(restoring).rejects.toThrow(/injected failure|input\/output error/);
      else {
        await expect(restoring).rejects.toMatchObject({
          code: 'WRITE_FAILED',
          message: expect.stringContaining(
            'the restore will be finished when the data folder is next opened',
          ),
        });
      }
      await nextStart();
      await expectState(state);
    });
  }
});
