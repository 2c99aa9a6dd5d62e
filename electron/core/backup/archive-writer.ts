import { randomBytes } from 'node:crypto';
import { open, rename, rm, type FileHandle } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type { StepHook } from './backup-info';
import { entryNameOf, MANIFEST_ENTRY_NAME } from './archive-layout';
import { encodeManifest, type BackupManifest } from './backup-manifest';
import type { DataFileContent } from './data-files';
import { syncFolder } from './durable-fs';
import { encodeTarHeader, END_OF_ARCHIVE, paddedToBlock, TAR_BLOCK_SIZE } from './tar-format';

/** The points at which writing an archive can be interrupted, for tests. */
export type ArchiveWriteStep = 'temp-written' | 'renamed';

const ZERO_BLOCK = Buffer.alloc(TAR_BLOCK_SIZE);
/** Small entries are gathered into writes of about this size: thousands of tiny writes are slow. */
const WRITE_BLOCK_BYTES = 1024 * 1024;

/**
 * The archive of `files` as a list of buffers to write in order (see archive-layout.ts). The file
 * contents are not copied.
 */
export function encodeArchive(manifest: BackupManifest, files: readonly DataFileContent[]): Buffer[] {
  const modifiedAt = new Date(manifest.createdAt);
  const chunks: Buffer[] = [];
  const add = (name: string, bytes: Buffer) => {
    chunks.push(encodeTarHeader({ name, size: bytes.length, modifiedAt }), bytes);
    const padding = paddedToBlock(bytes.length) - bytes.length;
    if (padding > 0) chunks.push(ZERO_BLOCK.subarray(0, padding));
  };
  add(MANIFEST_ENTRY_NAME, encodeManifest(manifest));
  for (const file of files) add(entryNameOf(file.path), file.bytes);
  chunks.push(END_OF_ARCHIVE);
  return chunks;
}

/**
 * Writes `chunks` to `target` so that `target` either does not exist or is complete: a hidden temp
 * file in the same folder (`.<name>.<pid>.<random>.tmp`, the pattern removeStaleTempFiles cleans
 * up), fsync, rename, fsync of the folder so that the rename is durable. On failure the temp file is
 * removed. `target` must not exist: the callers pick a free name.
 */
export async function writeArchiveAtomically(
  target: string,
  chunks: readonly Buffer[],
  afterStep?: StepHook<ArchiveWriteStep>,
): Promise<void> {
  const folder = dirname(target);
  const temp = join(folder, `.${basename(target)}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    const handle = await open(temp, 'wx');
    try {
      await writeChunks(handle, chunks);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await afterStep?.('temp-written');
    await rename(temp, target);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
  await afterStep?.('renamed');
  await syncFolder(folder);
}

async function writeChunks(handle: FileHandle, chunks: readonly Buffer[]): Promise<void> {
  let position = 0;
  let pending: Buffer[] = [];
  let pendingBytes = 0;
  const flush = async () => {
    const block = Buffer.concat(pending, pendingBytes);
    pending = [];
    pendingBytes = 0;
    // A write may be short (a full disk is reported by the next one): write until all is written.
    for (let offset = 0; offset < block.length;) {
      const { bytesWritten } = await handle.write(block, offset, block.length - offset, position);
      if (bytesWritten === 0) throw new Error('The disk accepted no more data');
      offset += bytesWritten;
      position += bytesWritten;
    }
  };
  for (const chunk of chunks) {
    pending.push(chunk);
    pendingBytes += chunk.length;
    if (pendingBytes >= WRITE_BLOCK_BYTES) await flush();
  }
  if (pendingBytes > 0) await flush();
}
