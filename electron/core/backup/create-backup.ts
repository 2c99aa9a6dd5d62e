import { access, mkdir } from 'node:fs/promises';
import { removeStaleTempFiles } from '../store/atomic-write';
import { encodeArchive, writeArchiveAtomically, type ArchiveWriteStep } from './archive-writer';
import type { BackupInfo, BackupReason, StepHook } from './backup-info';
import { archivePathOf, backupIdOf, backupsFolderOf } from './backup-location';
import { buildManifest } from './backup-manifest';
import { readDataFiles } from './data-files';
import { errnoCode, writeFailure } from './fs-errors';

/** The points at which taking a backup can be interrupted, for tests. */
export type BackupStep = 'files-read' | ArchiveWriteStep;

/** What createBackup needs besides the data folder. */
export interface CreateBackupOptions {
  reason: BackupReason;
  /** The time the backup is stamped with. Defaults to now. */
  now?: Date;
  /** For tests: called after each step, to simulate a failure or a crash there. */
  afterStep?: StepHook<BackupStep>;
}

/**
 * Takes a rolling backup of every data file into `<dataDir>/backups/<stamp>-<reason>.tar`.
 *
 * Why one archive rather than a folder mirroring the data: a store of 2,000 releases is thousands of
 * files, and a folder would need an fsync per file (about a second on the reference VM, more where
 * antivirus scans each new file) and would fill the data folder, and any cloud sync of it, with tens
 * of thousands of files. One archive is one fsync and one rename, which is also what makes it
 * crash-safe: the archive is written under a hidden temp name and renamed into place only once
 * complete and on disk, so a crash leaves either no backup or a whole one, never a half one that
 * could be listed or restored; the next backup removes the stale temp file. It is a plain ustar
 * file that any tar tool opens, uncompressed so that one file can be read from it at a known offset
 * (recoverFile) and so that a restore is a read, not a decompression. The files are read into
 * memory first (32 MB for 20,000 contacts and 2,000 releases), so that the manifest, which comes
 * first in the archive, holds the checksums of exactly the bytes written after it.
 *
 * Precondition: the caller holds the store lock, has waited for the store to be idle
 * (`store.whenIdle()`) and starts no write until this settles. Each file is read whole either way
 * (the store writes by rename), but a write during the backup could leave it holding one file from
 * before an edit and another from after it.
 *
 * Fails with WRITE_FAILED (disk full, I/O error...), leaving no archive behind.
 */
export async function createBackup(
  dataDir: string,
  { reason, now = new Date(), afterStep }: CreateBackupOptions,
): Promise<BackupInfo> {
  const folder = backupsFolderOf(dataDir);
  try {
    await mkdir(folder, { recursive: true });
    await removeStaleTempFiles(folder);
    const files = await readDataFiles(dataDir);
    await afterStep?.('files-read');
    const manifest = buildManifest(now, reason, files);
    const id = await unusedBackupId(dataDir, now, reason);
    const path = archivePathOf(dataDir, id);
    const chunks = encodeArchive(manifest, files);
    await writeArchiveAtomically(path, chunks, afterStep);
    return {
      id,
      path,
      createdAt: manifest.createdAt,
      reason,
      sizeBytes: chunks.reduce((total, chunk) => total + chunk.length, 0),
      fileCount: files.length,
      damage: null,
      // The checksums were computed from the very bytes that were written and synced.
      contentVerified: true,
    };
  } catch (error) {
    throw writeFailure(`a backup of ${dataDir}`, error);
  }
}

async function unusedBackupId(dataDir: string, now: Date, reason: BackupReason): Promise<string> {
  for (let occurrence = 1; ; occurrence += 1) {
    const id = backupIdOf(now, reason, occurrence);
    try {
      await access(archivePathOf(dataDir, id));
    } catch (error) {
      if (errnoCode(error) === 'ENOENT') return id;
      throw error;
    }
  }
}
