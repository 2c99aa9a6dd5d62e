import { stat } from 'node:fs/promises';
import { AppFailure } from '../shared/result';
import type { StoreNotice } from '../shared/schemas/store-notice';
import { NewsroomStore } from '../core/store/newsroom-store';
import { CliError } from './cli-error';
import type { Output } from './output';

/** How a second program is told who holds the folder: "in use by the newsroom command line". */
const HOLDER = 'the newsroom command line';

/** The locale of a data folder's first settings, when a writing command is the first to open it. */
const machineLocale = () => Intl.DateTimeFormat().resolvedOptions().locale;

/**
 * Opens the store to read: no lock is taken and nothing is written (see `OpenStoreOptions.readOnly`),
 * so listing, searching, exporting and printing work while the app has the folder open.
 */
export async function openStoreToRead(dataDir: string, output: Output): Promise<NewsroomStore> {
  try {
    const store = await NewsroomStore.open({
      dataDir,
      holder: HOLDER,
      locale: machineLocale(),
      seedSampleOnFirstRun: false,
      readOnly: true,
    });
    reportNotices(store.notices, output);
    return store;
  } catch (error) {
    if (error instanceof AppFailure && error.code === 'NOT_FOUND') throw noDataFolder(dataDir);
    throw error;
  }
}

/**
 * Opens the store to change it, behind the store lock: refused with STORE_LOCKED (exit 1, nothing
 * changed) while the app or another command has the folder. A new folder is created empty: the
 * command line never adds the app's first-run sample.
 */
export async function openStoreToWrite(dataDir: string, output: Output): Promise<NewsroomStore> {
  const store = await NewsroomStore.open({
    dataDir,
    holder: HOLDER,
    locale: machineLocale(),
    seedSampleOnFirstRun: false,
  });
  reportNotices(store.notices, output);
  return store;
}

/** Runs `work` on a store opened by `open`, and closes it (waiting for its writes) whatever happens. */
export async function withStore<T>(
  open: Promise<NewsroomStore>,
  work: (store: NewsroomStore) => Promise<T>,
): Promise<T> {
  const store = await open;
  try {
    return await work(store);
  } finally {
    await store.close();
  }
}

/** For commands that need a data folder that already exists: backup, restore, an import's undo. */
export async function assertDataFolder(dataDir: string): Promise<void> {
  try {
    if ((await stat(dataDir)).isDirectory()) return;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  throw noDataFolder(dataDir);
}

function noDataFolder(dataDir: string): CliError {
  return new CliError(
    1,
    'NO_DATA_FOLDER',
    `There is no Newsroom data folder at ${dataDir}. Give the folder with --data-dir DIR or NEWSROOM_DATA_DIR.`,
  );
}

/** What opening found that the person must know, as the app would show it. */
function reportNotices(notices: readonly StoreNotice[], output: Output): void {
  for (const notice of notices) {
    switch (notice.kind) {
      case 'quarantined':
        output.note(
          `warning: ${notice.file} could not be read (${notice.reason}); it was set aside as ${notice.quarantinedTo}.`,
        );
        break;
      case 'recovered':
        output.note(
          `warning: ${notice.file} could not be read (${notice.reason}); it was set aside as ${notice.quarantinedTo} and restored from the backup of ${notice.backupTakenAt}.`,
        );
        break;
      case 'newer-version':
        output.note(
          `warning: ${notice.file} was written by a newer version of Newsroom (file version ${notice.fileVersion}, this one reads ${notice.supportedVersion}); it is read-only.`,
        );
        break;
      case 'index-rebuilt':
        output.note(
          `note: the release list ${notice.file} was rebuilt from ${notice.releases} release files.`,
        );
        break;
    }
  }
}
