import { open, readFile, writeFile } from 'node:fs/promises';
import {
  archiveLayoutOf,
  entryNameOf,
  MANIFEST_ENTRY_NAME,
} from '../../../../../../electron/core/backup/archive-layout';
import { decodeManifest, type BackupManifest } from '../../../../../../electron/core/backup/backup-manifest';
import { decodeTarHeader, TAR_BLOCK_SIZE } from '../../../../../../electron/core/backup/tar-format';

/*
 * Ways to damage a backup archive the way a failing disk or a curious person would, for the tests
 * that check that a damaged backup is refused.
 */

/** The manifest of an archive, read without any check beyond its header. */
export async function manifestOf(archivePath: string): Promise<BackupManifest> {
  const bytes = await readFile(archivePath);
  const header = decodeTarHeader(bytes.subarray(0, TAR_BLOCK_SIZE));
  if (header?.name !== MANIFEST_ENTRY_NAME) throw new Error(`${archivePath} does not start with a manifest`);
  return decodeManifest(bytes.subarray(TAR_BLOCK_SIZE, TAR_BLOCK_SIZE + header.size));
}

/** Where the content of `path` starts in the archive, and its size. */
async function contentOf(archivePath: string, path: string): Promise<{ offset: number; size: number }> {
  const bytes = await readFile(archivePath);
  const header = decodeTarHeader(bytes.subarray(0, TAR_BLOCK_SIZE));
  const manifest = await manifestOf(archivePath);
  const entry = archiveLayoutOf(header!.size, manifest.files).entries.find((e) => e.file.path === path);
  if (!entry) throw new Error(`${archivePath} does not hold ${path}`);
  const found = decodeTarHeader(bytes.subarray(entry.headerOffset, entry.headerOffset + TAR_BLOCK_SIZE));
  if (found?.name !== entryNameOf(path)) throw new Error(`${path} is not where the manifest says`);
  return { offset: entry.headerOffset + TAR_BLOCK_SIZE, size: entry.file.size };
}

/** Changes one byte in the middle of `path`'s copy in the archive, as an edit or bit rot would. */
export async function overwriteByteOfEntry(archivePath: string, path: string): Promise<void> {
  const { offset, size } = await contentOf(archivePath, path);
  const handle = await open(archivePath, 'r+');
  try {
    const at = offset + Math.floor(size / 2);
    const byte = Buffer.alloc(1);
    await handle.read(byte, 0, 1, at);
    await handle.write(Buffer.from([byte[0]! ^ 0x20]), 0, 1, at);
  } finally {
    await handle.close();
  }
}

/** Cuts `path`'s whole entry (header and content) out of the archive, leaving the manifest as it was. */
export async function removeEntry(archivePath: string, path: string): Promise<void> {
  const { offset, size } = await contentOf(archivePath, path);
  const bytes = await readFile(archivePath);
  const entryStart = offset - TAR_BLOCK_SIZE;
  const entryEnd = offset + Math.ceil(size / TAR_BLOCK_SIZE) * TAR_BLOCK_SIZE;
  await writeFile(archivePath, Buffer.concat([bytes.subarray(0, entryStart), bytes.subarray(entryEnd)]));
}
