import { lstat, mkdir, readFile, rename, rm } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { z } from 'zod';
import { AppFailure } from '../../shared/result';
import { writeFileAtomically } from '../store/atomic-write';
import type { StepHook } from './backup-info';
import { dataPathOf, isDataPath, type DataFileContent } from './data-files';
import { syncFolder, writeNewFileDurably } from './durable-fs';
import { errnoCode } from './fs-errors';
import { mapWithConcurrency } from './map-with-concurrency';

/*
 * How a restore replaces the data files so that a crash at any point leaves the old state or the
 * new one, whole (the scheme of SQLite's rollback journal, run forwards):
 *
 * 1. Stage: every file of the backup is written and fsynced under `<dataDir>/.restore/incoming/`.
 *    The data files are untouched; a crash here leaves the old state and a staging folder that the
 *    next start deletes.
 * 2. Commit: `.restore/journal.json` is written atomically. It lists the files to install and the
 *    current data files the backup does not have. From the moment it is on disk, the restore will
 *    be finished whatever happens.
 * 3. Apply: each staged file is renamed over its data file (one atomic rename each), then each file
 *    to remove is renamed into `.restore/outgoing/` (moved aside, not deleted), then the data
 *    folders are fsynced. Every step can be run again after a crash: a staged file that is no
 *    longer there was installed, a file to remove that is no longer there was moved.
 * 4. Finish: the journal is deleted, then the whole `.restore` folder.
 *
 * On the next start, completeInterruptedRestore deletes a `.restore` without journal (a restore
 * that never committed, or one that finished) and runs step 3 and 4 again for one with a journal.
 * `.restore` is a hidden name, so it is never taken for data.
 */

const RESTORE_FOLDER = '.restore';
const INCOMING = 'incoming';
const OUTGOING = 'outgoing';
const JOURNAL = 'journal.json';
const WRITE_CONCURRENCY = 8;

const journalSchema = z.object({
  schemaVersion: z.literal(1),
  /** The backup being restored, for the log. */
  source: z.string(),
  install: z.array(z.string().refine(isDataPath)),
  remove: z.array(z.string().refine(isDataPath)),
});
/** What `.restore/journal.json` holds: enough to finish the restore after a crash. */
export type RestoreJournal = z.infer<typeof journalSchema>;

/** The points at which applying a restore can be interrupted, for tests. */
export type ApplyStep = 'file-installed' | 'files-swapped' | 'journal-removed';

/** What completeInterruptedRestore found on start-up. */
export type InterruptedRestore = 'none' | 'discarded' | 'completed';

const restoreFolderOf = (dataDir: string) => join(dataDir, RESTORE_FOLDER);
const stagedPathOf = (dataDir: string, part: string, path: string) =>
  dataPathOf(restoreFolderOf(dataDir), `${part}/${path}`);

/**
 * The journal of a restore of `files` over the current data files `current`. Throws INVALID_INPUT,
 * before anything is changed, when a file could not be put in place because a folder stands where
 * a file must go or the other way round (only an archive made by hand can hold such paths).
 */
export async function planRestore(
  dataDir: string,
  source: string,
  files: readonly DataFileContent[],
  current: readonly string[],
): Promise<RestoreJournal> {
  const install = files.map((file) => file.path);
  const installed = new Set(install);
  const checkedFolders = new Set<string>();
  for (const path of install) {
    for (const folder of foldersOf(path)) {
      if (checkedFolders.has(folder)) continue;
      if ((await kindOf(dataPathOf(dataDir, folder))) === 'other') {
        throw new AppFailure(
          'INVALID_INPUT',
          `The backup needs a folder ${folder} where the data folder has a file`,
        );
      }
      checkedFolders.add(folder);
    }
    if ((await kindOf(dataPathOf(dataDir, path))) === 'folder') {
      throw new AppFailure(
        'INVALID_INPUT',
        `The backup has a file ${path} where the data folder has a folder`,
      );
    }
  }
  return { schemaVersion: 1, source, install, remove: current.filter((path) => !installed.has(path)) };
}

/** Step 1: writes the backup's files under `.restore/incoming/` and makes them durable. */
export async function stageRestore(dataDir: string, files: readonly DataFileContent[]): Promise<void> {
  await discardRestoreFolder(dataDir);
  const restoreFolder = restoreFolderOf(dataDir);
  // Every folder that gains an entry: the data folder (.restore), .restore, and each staged folder.
  const folders = new Set([dataDir, restoreFolder]);
  for (const file of files) {
    for (const folder of foldersOf(`${INCOMING}/${file.path}`))
      folders.add(dataPathOf(restoreFolder, folder));
  }
  await mkdir(join(restoreFolder, INCOMING), { recursive: true });
  for (const folder of folders) await mkdir(folder, { recursive: true });
  await mapWithConcurrency(files, WRITE_CONCURRENCY, (file) =>
    writeNewFileDurably(stagedPathOf(dataDir, INCOMING, file.path), file.bytes),
  );
  for (const folder of folders) await syncFolder(folder);
}

/** Step 2, the commit point. */
export function commitRestore(dataDir: string, journal: RestoreJournal): Promise<void> {
  return writeFileAtomically(join(restoreFolderOf(dataDir), JOURNAL), JSON.stringify(journal));
}

/** Steps 3 and 4; safe to run again after a crash at any point. */
export async function applyRestore(
  dataDir: string,
  journal: RestoreJournal,
  afterStep?: StepHook<ApplyStep>,
): Promise<void> {
  const touched = new Set([dataDir]);
  const made = new Set<string>();
  const moveIfThere = async (from: string, to: string) => {
    if (!made.has(dirname(to))) {
      await mkdir(dirname(to), { recursive: true });
      made.add(dirname(to));
    }
    try {
      await rename(from, to);
    } catch (error) {
      // Moved before a crash: this step was done.
      if (errnoCode(error) === 'ENOENT' && (await kindOf(from)) === 'none') return;
      throw error;
    }
  };
  for (const path of journal.install) {
    await moveIfThere(stagedPathOf(dataDir, INCOMING, path), dataPathOf(dataDir, path));
    for (const folder of foldersOf(path)) touched.add(dataPathOf(dataDir, folder));
    await afterStep?.('file-installed');
  }
  for (const path of journal.remove) {
    await moveIfThere(dataPathOf(dataDir, path), stagedPathOf(dataDir, OUTGOING, path));
    for (const folder of foldersOf(path)) touched.add(dataPathOf(dataDir, folder));
  }
  for (const folder of touched) await syncFolder(folder);
  await afterStep?.('files-swapped');
  await rm(join(restoreFolderOf(dataDir), JOURNAL));
  await afterStep?.('journal-removed');
  await discardRestoreFolder(dataDir);
}

/** Removes `.restore` and all it holds; nothing in it is needed once the journal is gone. */
export function discardRestoreFolder(dataDir: string): Promise<void> {
  return rm(restoreFolderOf(dataDir), { recursive: true, force: true });
}

/**
 * Finishes or discards a restore that a crash interrupted; see the top of this file. Call it on
 * start-up while holding the store lock and before opening any store file: until it has run, the
 * data folder may hold part of the old state and part of the restored one.
 */
export async function completeInterruptedRestore(dataDir: string): Promise<InterruptedRestore> {
  if ((await kindOf(restoreFolderOf(dataDir))) === 'none') return 'none';
  let text: string;
  try {
    text = await readFile(join(restoreFolderOf(dataDir), JOURNAL), 'utf8');
  } catch (error) {
    if (errnoCode(error) !== 'ENOENT') throw error;
    await discardRestoreFolder(dataDir);
    return 'discarded';
  }
  const journal = journalSchema.safeParse(parseJson(text));
  if (!journal.success) {
    // Written atomically, so only a failing disk gets here; guessing could lose data either way.
    throw new AppFailure(
      'INTERNAL',
      `The journal of an interrupted restore in ${dataDir} is unreadable; the state before the restore is in the newest before-restore backup`,
    );
  }
  await applyRestore(dataDir, journal.data);
  return 'completed';
}

/** The folders that hold `path`, outermost first: `a/b/c.json` is in `a` and `a/b`. */
function foldersOf(path: string): string[] {
  const segments = path.split('/');
  return segments.slice(0, -1).map((_, index) => segments.slice(0, index + 1).join('/'));
}

async function kindOf(path: string): Promise<'none' | 'folder' | 'other'> {
  try {
    return (await lstat(path)).isDirectory() ? 'folder' : 'other';
  } catch (error) {
    if (errnoCode(error) === 'ENOENT') return 'none';
    throw error;
  }
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
