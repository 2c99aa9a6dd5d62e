import { open } from 'node:fs/promises';

/**
 * Makes the entries of `folder` (files created, renamed or removed in it) survive a power cut.
 * Windows cannot open a folder for fsync; NTFS journals those changes itself.
 */
export async function syncFolder(folder: string): Promise<void> {
  if (process.platform === 'win32') return;
  const handle = await open(folder, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/**
 * Writes a new file and fsyncs it, refusing to replace an existing one. Not atomic on its own: the
 * callers write into a folder that only becomes meaningful once a later rename or journal says so.
 */
export async function writeNewFileDurably(path: string, bytes: Uint8Array): Promise<void> {
  const handle = await open(path, 'wx');
  try {
    await handle.writeFile(bytes);
    await handle.sync();
  } finally {
    await handle.close();
  }
}
