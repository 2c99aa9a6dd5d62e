import { open } from 'node:fs/promises';

export { syncFolder } from '../store/atomic-write';

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
