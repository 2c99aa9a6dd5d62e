import { open, readFile, type FileHandle } from 'node:fs/promises';
import { archiveLayoutOf, entryNameOf, MANIFEST_ENTRY_NAME } from './archive-layout';
import { decodeManifest, sha256Of, type BackupManifest } from './backup-manifest';
import type { DataFileContent } from './data-files';
import { DamagedBackupError } from './damaged-backup-error';
import { decodeTarHeader, END_OF_ARCHIVE, TAR_BLOCK_SIZE } from './tar-format';

/** A backup archive whose manifest was read and whose size matches it. */
export interface CheckedArchive {
  manifest: BackupManifest;
  sizeBytes: number;
}

type ManifestFile = BackupManifest['files'][number];
/** Reads `length` bytes at `position`, or throws DamagedBackupError if the archive ends before. */
type ReadAt = (position: number, length: number) => Buffer | Promise<Buffer>;

/**
 * Reads an archive's manifest and checks that the archive has the size the manifest implies. Cheap
 * (two small reads), so listing can afford it; it catches a missing manifest and a cut-short
 * archive but not an edited file. Throws DamagedBackupError when the archive cannot be used.
 */
export async function readArchiveManifest(path: string): Promise<CheckedArchive> {
  const handle = await open(path, 'r');
  try {
    const { size } = await handle.stat();
    const { manifest } = await readLayout(readerOf(handle), size);
    return { manifest, sizeBytes: size };
  } finally {
    await handle.close();
  }
}

/**
 * Reads a whole archive and checks every entry against the manifest: names, order, sizes and
 * SHA-256. Returns the files, ready to restore. Throws DamagedBackupError at the first problem.
 */
export async function readVerifiedArchive(
  path: string,
): Promise<CheckedArchive & { files: DataFileContent[] }> {
  const bytes = await readFile(path);
  const readAt: ReadAt = (position, length) => {
    if (position + length > bytes.length) throw new DamagedBackupError('The archive is cut short');
    return bytes.subarray(position, position + length);
  };
  const { manifest, entries } = await readLayout(readAt, bytes.length);
  const files: DataFileContent[] = [];
  for (const { file, headerOffset } of entries) {
    files.push({ path: file.path, bytes: await readEntry(readAt, headerOffset, file) });
  }
  if (!(await readAt(bytes.length - END_OF_ARCHIVE.length, END_OF_ARCHIVE.length)).equals(END_OF_ARCHIVE)) {
    throw new DamagedBackupError('The archive does not end where its manifest says');
  }
  return { manifest, sizeBytes: bytes.length, files };
}

/**
 * Reads one data file out of an archive without reading the rest, checked against the manifest.
 * Returns null when the backup does not hold `path`; throws DamagedBackupError when its copy is bad.
 */
export async function readVerifiedEntry(archivePath: string, path: string): Promise<Buffer | null> {
  const handle = await open(archivePath, 'r');
  try {
    const readAt = readerOf(handle);
    const { entries } = await readLayout(readAt, (await handle.stat()).size);
    const wanted = entries.find((entry) => entry.file.path === path);
    return wanted === undefined ? null : await readEntry(readAt, wanted.headerOffset, wanted.file);
  } finally {
    await handle.close();
  }
}

/** The manifest, and where each entry must be given the archive's actual size. */
async function readLayout(readAt: ReadAt, archiveSize: number) {
  const header = decodeTarHeader(await readAt(0, TAR_BLOCK_SIZE));
  if (header?.name !== MANIFEST_ENTRY_NAME) {
    throw new DamagedBackupError('The archive does not start with its manifest');
  }
  // Checked before reading, so that a damaged size field cannot make us allocate gigabytes.
  if (TAR_BLOCK_SIZE + header.size > archiveSize) throw new DamagedBackupError('The archive is cut short');
  const manifest = decodeManifest(await readAt(TAR_BLOCK_SIZE, header.size));
  const { entries, totalSize } = archiveLayoutOf(header.size, manifest.files);
  if (archiveSize < totalSize) throw new DamagedBackupError('The archive is cut short');
  if (archiveSize > totalSize) throw new DamagedBackupError('The archive is longer than its manifest says');
  return { manifest, entries };
}

async function readEntry(readAt: ReadAt, headerOffset: number, file: ManifestFile): Promise<Buffer> {
  const entry = await readAt(headerOffset, TAR_BLOCK_SIZE + file.size);
  const header = decodeTarHeader(entry.subarray(0, TAR_BLOCK_SIZE));
  if (header?.name !== entryNameOf(file.path) || header.size !== file.size) {
    throw new DamagedBackupError(`The archive does not hold ${file.path} where its manifest says`);
  }
  const content = entry.subarray(TAR_BLOCK_SIZE);
  if (sha256Of(content) !== file.sha256) {
    throw new DamagedBackupError(`${file.path} in the backup does not match its checksum`);
  }
  return content;
}

function readerOf(handle: FileHandle): ReadAt {
  return async (position, length) => {
    const buffer = Buffer.alloc(length);
    for (let filled = 0; filled < length;) {
      const { bytesRead } = await handle.read(buffer, filled, length - filled, position + filled);
      if (bytesRead === 0) throw new DamagedBackupError('The archive is cut short');
      filled += bytesRead;
    }
    return buffer;
  };
}
