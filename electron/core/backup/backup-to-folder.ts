import { access, realpath } from 'node:fs/promises';
import { isAbsolute, join, relative, sep } from 'node:path';
import { AppFailure } from '../../shared/result';
import { encodeArchive, writeArchiveAtomically } from './archive-writer';
import { ARCHIVE_EXTENSION } from './backup-location';
import { buildManifest } from './backup-manifest';
import { readDataFiles } from './data-files';
import { errnoCode, writeFailure } from './fs-errors';
import { machineTimeZone } from './retention';

/**
 * "Back up now" to a folder the person chose, such as a USB stick: writes one self-contained archive
 * there, `Newsroom backup 2026-11-28 1705.tar` (the local time in `timeZone`; ` (2)` and so on when
 * the name is taken), and returns its path. It is the same format as the rolling backups, so
 * restoreBackup takes its path, and any tar tool opens it. It is never pruned.
 *
 * Refuses with INVALID_INPUT a folder inside the data folder (links resolved): a backup there would be
 * lost with the data, and backed up into the next one. A full disk, a read-only or unplugged stick
 * fail with WRITE_FAILED and a reason, and leave no partial file (it is written under a temp name and
 * renamed once complete). Same precondition as createBackup: the caller holds the store lock and
 * the store is idle.
 */
export async function backupToFolder(
  dataDir: string,
  targetFolder: string,
  now: Date = new Date(),
  timeZone: string = machineTimeZone(),
): Promise<string> {
  const where = `a backup to ${targetFolder}`;
  let folder: string;
  try {
    folder = await realpath(targetFolder);
  } catch (error) {
    throw writeFailure(where, error);
  }
  if (isInside(folder, await realpath(dataDir))) {
    throw new AppFailure(
      'INVALID_INPUT',
      `${targetFolder} is inside the data folder ${dataDir}; a backup must be written somewhere else, such as a USB stick`,
    );
  }
  try {
    const files = await readDataFiles(dataDir);
    const target = await unusedName(folder, `Newsroom backup ${localMinuteOf(now, timeZone)}`);
    await writeArchiveAtomically(target, encodeArchive(buildManifest(now, 'manual', files), files));
    return target;
  } catch (error) {
    throw writeFailure(where, error);
  }
}

function isInside(folder: string, dataDir: string): boolean {
  // Windows and macOS compare names without case by default: C:\Data and c:\data are one folder.
  const fold = (path: string) =>
    process.platform === 'win32' || process.platform === 'darwin' ? path.toLowerCase() : path;
  const path = relative(fold(dataDir), fold(folder));
  return path === '' || (!isAbsolute(path) && path !== '..' && !path.startsWith(`..${sep}`));
}

/** `2026-11-28 1705`: sorts by date in a file list and reads as a local time. */
function localMinuteOf(instant: Date, timeZone: string): string {
  const parts = new Intl.DateTimeFormat('en', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(instant);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')} ${part('hour')}${part('minute')}`;
}

async function unusedName(folder: string, name: string): Promise<string> {
  for (let occurrence = 1; ; occurrence += 1) {
    const path = join(folder, `${name}${occurrence === 1 ? '' : ` (${occurrence})`}${ARCHIVE_EXTENSION}`);
    try {
      await access(path);
    } catch (error) {
      if (errnoCode(error) === 'ENOENT') return path;
      throw error;
    }
  }
}
