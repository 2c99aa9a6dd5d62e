import { randomBytes } from 'node:crypto';
import { open, readdir, rename, rm } from 'node:fs/promises';
import { dirname, join } from 'node:path';

const TEMP_SUFFIX = '.tmp';

/**
 * Replaces `path` with `content` (text is written as UTF-8) so that, whatever happens, the file holds either its old content or
 * the new one, and the new one survives a power cut once this resolves:
 * unique temp file in the same folder (a rename cannot cross devices), fsync, rename, fsync of
 * the folder so that the rename itself is durable. On failure the temp file is removed and the old
 * file is untouched.
 */
export async function writeFileAtomically(path: string, content: string | Uint8Array): Promise<void> {
  const folder = dirname(path);
  const temp = join(
    folder,
    // Not named after the target: a target name near the 255-byte limit would make it too long.
    `.${process.pid}.${randomBytes(6).toString('hex')}${TEMP_SUFFIX}`,
  );
  try {
    const handle = await open(temp, 'wx');
    try {
      await handle.writeFile(content, typeof content === 'string' ? 'utf8' : undefined);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await renameWithRetry(temp, path);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
  await syncFolder(folder);
}

/** Antivirus and indexers on Windows hold files briefly; a rename then fails with EPERM or EBUSY. */
const RETRYABLE_RENAME_CODES = new Set(['EPERM', 'EACCES', 'EBUSY']);
const RENAME_ATTEMPTS = 10;
const RENAME_RETRY_MS = 100;

/** Renames, retrying briefly on Windows, where antivirus and indexers hold new files for a moment. */
export async function renameWithRetry(from: string, to: string): Promise<void> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      await rename(from, to);
      return;
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? '';
      if (process.platform !== 'win32' || !RETRYABLE_RENAME_CODES.has(code) || attempt >= RENAME_ATTEMPTS)
        throw error;
      await new Promise((resolve) => setTimeout(resolve, RENAME_RETRY_MS));
    }
  }
}

/**
 * Makes the entries of `folder` (files created, renamed or removed in it) survive a power cut.
 */
export async function syncFolder(folder: string): Promise<void> {
  // Windows cannot open a folder for fsync; NTFS journals the rename itself.
  if (process.platform === 'win32') return;
  const handle = await open(folder, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/**
 * Removes temp files left by a process that died mid-write. Only safe while holding the store lock,
 * since another live writer's temp file looks the same.
 */
export async function removeStaleTempFiles(folder: string): Promise<number> {
  let names: string[];
  try {
    names = await readdir(folder);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return 0;
    throw error;
  }
  const stale = names.filter((name) => name.startsWith('.') && name.endsWith(TEMP_SUFFIX));
  await Promise.all(stale.map((name) => rm(join(folder, name), { force: true })));
  return stale.length;
}
