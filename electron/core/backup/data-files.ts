import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { QUARANTINE_FOLDER } from '../store/quarantine';
import { LOCK_FILE, LOCK_TAKEOVER_FILE } from '../store/store-lock';
import { entryNameOf } from './archive-layout';
import { BACKUPS_FOLDER } from './backup-location';
import { errnoCode } from './fs-errors';
import { mapWithConcurrency } from './map-with-concurrency';
import { fitsTarName } from './tar-format';

/**
 * What sits in the data folder without being data: files set aside, logs and Electron's profile
 * (both named in electron/main/index.ts), the backups themselves and the lock. Hidden names (temp
 * files, `.profile`, a restore in progress, `.DS_Store`) are never data either: the store writes
 * none. Compared without case, as Windows and macOS would open `Backups` as `backups`.
 */
const NOT_DATA = new Set([
  QUARANTINE_FOLDER,
  'logs',
  '.profile',
  BACKUPS_FOLDER,
  LOCK_FILE,
  LOCK_TAKEOVER_FILE,
]);

// Characters Windows refuses in a name, control characters, and Windows device names: a path from an
// archive made elsewhere must not be able to reach outside the data folder or open a device.
const FORBIDDEN_CHARACTERS = /[\\:*?"<>|\p{Cc}]/u;
const WINDOWS_DEVICE = /^(con|prn|aux|nul|com\d|lpt\d)(\..*)?$/i;

/**
 * Whether `path` (relative to the data folder, `/`-separated) may be backed up and restored: inside
 * the data folder, not in a folder that is not data, and with a name every platform and a tar header
 * can hold. Backup and restore use the same rule, so what one writes the other accepts.
 */
export function isDataPath(path: string): boolean {
  const segments = path.split('/');
  const [top] = segments;
  if (top === undefined || NOT_DATA.has(top.toLowerCase())) return false;
  const nameIsSafe = (segment: string) =>
    segment !== '' &&
    !segment.startsWith('.') &&
    !segment.endsWith(' ') &&
    !segment.endsWith('.') &&
    !FORBIDDEN_CHARACTERS.test(segment) &&
    !WINDOWS_DEVICE.test(segment);
  return segments.every(nameIsSafe) && fitsTarName(entryNameOf(path));
}

/**
 * Every data file in `dataDir`, as sorted `/`-separated relative paths. Only regular files count: a
 * symbolic link could point outside the folder, and the store never makes one.
 */
export async function listDataFiles(dataDir: string): Promise<string[]> {
  const found: string[] = [];
  const walk = async (relativeFolder: string): Promise<void> => {
    const folder = dataPathOf(dataDir, relativeFolder);
    let entries;
    try {
      entries = await readdir(folder, { withFileTypes: true });
    } catch (error) {
      // A folder removed while walking, or a data folder not created yet, holds no data.
      if (errnoCode(error) === 'ENOENT') return;
      throw error;
    }
    for (const entry of entries) {
      const path = relativeFolder === '' ? entry.name : `${relativeFolder}/${entry.name}`;
      if (!isDataPath(path)) continue;
      if (entry.isDirectory()) await walk(path);
      else if (entry.isFile()) found.push(path);
    }
  };
  await walk('');
  return found.sort();
}

/** How many data files are read at once: enough to keep the disk busy, few enough for file handles. */
const READ_CONCURRENCY = 16;

/** One data file as read for a backup or from one: its path relative to the data folder, with `/`. */
export interface DataFileContent {
  path: string;
  bytes: Buffer;
}

/** Every data file of `dataDir` with its bytes, in the order of listDataFiles. */
export async function readDataFiles(dataDir: string): Promise<DataFileContent[]> {
  const paths = await listDataFiles(dataDir);
  return mapWithConcurrency(paths, READ_CONCURRENCY, async (path) => ({
    path,
    bytes: await readFile(dataPathOf(dataDir, path)),
  }));
}

/** The absolute path of the data file at `path` (relative, with `/`). */
export function dataPathOf(dataDir: string, path: string): string {
  return join(dataDir, ...path.split('/'));
}
