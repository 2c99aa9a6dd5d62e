import { basename, isAbsolute } from 'node:path';
import { AppFailure } from '../../shared/result';
import { StoreLock } from '../store/store-lock';
import { readVerifiedArchive } from './archive-reader';
import type { BackupInfo, StepHook } from './backup-info';
import { ARCHIVE_EXTENSION, archivePathOf, parseBackupId } from './backup-location';
import { createBackup } from './create-backup';
import { DamagedBackupError } from './damaged-backup-error';
import { listDataFiles } from './data-files';
import { describeCheckedArchive } from './describe-backup';
import { errnoCode, writeFailure } from './fs-errors';
import {
  applyRestore,
  commitRestore,
  completeInterruptedRestore,
  discardRestoreFolder,
  planRestore,
  stageRestore,
  type ApplyStep,
} from './restore-journal';

/** The points at which a restore can be interrupted, for tests. */
export type RestoreStep = 'verified' | 'undo-backup-taken' | 'staged' | 'journal-written' | ApplyStep;

/** What a restore did, for the Settings screen and the log. */
export interface RestoreResult {
  /** The backup whose files are now the data. */
  restoredFrom: BackupInfo;
  /** The 'before-restore' backup of the state just replaced: restore it to undo this restore. */
  undoBackup: BackupInfo;
}

/** Options of restoreBackup; only tests need them. */
export interface RestoreOptions {
  /** For tests: called after each step, to simulate a failure or a crash there. */
  afterStep?: StepHook<RestoreStep>;
}

/**
 * Replaces the data files by those of a backup: a rolling backup's id, or the absolute path of an
 * archive made by backupToFolder.
 *
 * 1. Verifies every file of the backup against its manifest. A damaged backup is refused with
 *    INVALID_INPUT and nothing changes; an unknown one with NOT_FOUND.
 * 2. Takes a 'before-restore' backup of the current state, so that the restore can be undone.
 * 3. Swaps the files through a journal (restore-journal.ts), so that a crash leaves the old state or
 *    the restored one, whole. Data files the backup does not have are moved aside, then removed.
 *
 * The store must be closed: the caller closes it, restores, then opens it again. This takes the
 * store lock itself for the duration, so it fails with STORE_LOCKED while a store is open on the
 * folder. If it fails after the journal was written, the restore is finished by
 * completeInterruptedRestore, which the store's start-up must run before opening any file.
 */
export async function restoreBackup(
  dataDir: string,
  backupIdOrPath: string,
  now: Date = new Date(),
  { afterStep }: RestoreOptions = {},
): Promise<RestoreResult> {
  const source = sourceOf(dataDir, backupIdOrPath);
  const lock = await StoreLock.acquire(dataDir, 'a restore from a backup');
  try {
    await completeInterruptedRestore(dataDir);
    const archive = await readBackupOrRefuse(source.path);
    const plan = await planRestore(dataDir, source.path, archive.files, await listDataFiles(dataDir));
    await afterStep?.('verified');

    const undoBackup = await createBackup(dataDir, { reason: 'before-restore', now });
    await afterStep?.('undo-backup-taken');
    try {
      await stageRestore(dataDir, archive.files);
      await afterStep?.('staged');
      await commitRestore(dataDir, plan);
    } catch (error) {
      await discardRestoreFolder(dataDir);
      throw writeFailure(`the restored files into ${dataDir}`, error);
    }
    try {
      await afterStep?.('journal-written');
      await applyRestore(dataDir, plan, afterStep);
    } catch (error) {
      throw writeFailure(
        `the restored files into ${dataDir} (the restore will be finished when the data folder is next opened)`,
        error,
      );
    }
    return { restoredFrom: describeCheckedArchive(source.id, source.path, archive, true), undoBackup };
  } finally {
    await lock.release();
  }
}

function sourceOf(dataDir: string, backupIdOrPath: string): { id: string; path: string } {
  if (parseBackupId(backupIdOrPath) !== null) {
    return { id: backupIdOrPath, path: archivePathOf(dataDir, backupIdOrPath) };
  }
  if (isAbsolute(backupIdOrPath)) {
    return { id: basename(backupIdOrPath, ARCHIVE_EXTENSION), path: backupIdOrPath };
  }
  throw new AppFailure('NOT_FOUND', `There is no backup ${backupIdOrPath}`);
}

async function readBackupOrRefuse(path: string) {
  try {
    return await readVerifiedArchive(path);
  } catch (error) {
    if (error instanceof DamagedBackupError) {
      throw new AppFailure(
        'INVALID_INPUT',
        `The backup ${path} is damaged and was not restored: ${error.message}`,
      );
    }
    if (errnoCode(error) === 'ENOENT') throw new AppFailure('NOT_FOUND', `There is no backup at ${path}`);
    if (errnoCode(error) === 'EISDIR')
      throw new AppFailure('INVALID_INPUT', `${path} is a folder, not a backup`);
    throw error;
  }
}
