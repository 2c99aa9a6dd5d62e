import { createHash } from 'node:crypto';
import { z } from 'zod';
import { instantSchema } from '../../shared/schemas/common';
import {
  contactListsCodec,
  contactShardCodec,
  releaseFileCodec,
  releaseRevisionsCodec,
  releasesIndexCodec,
  settingsFileCodec,
  windowStateFileCodec,
} from '../store/documents';
import { backupReasons, type BackupReason } from './backup-info';
import { DamagedBackupError } from './damaged-backup-error';
import { isDataPath, type DataFileContent } from './data-files';

/** The version of the manifest's own shape. A newer one is refused rather than guessed at. */
const MANIFEST_SCHEMA_VERSION = 1;

/**
 * The schema version of each kind of store file this version of Newsroom writes, kept in every
 * manifest so that support and later versions know what the data inside was written by.
 */
const dataVersions = {
  settings: settingsFileCodec.version,
  windowState: windowStateFileCodec.version,
  releasesIndex: releasesIndexCodec.version,
  release: releaseFileCodec.version,
  releaseRevisions: releaseRevisionsCodec.version,
  contactShard: contactShardCodec.version,
  contactLists: contactListsCodec.version,
};

const manifestSchema = z.object({
  format: z.literal('newsroom-backup'),
  schemaVersion: z.literal(MANIFEST_SCHEMA_VERSION),
  dataVersions: z.record(z.string(), z.number().int().min(1)),
  createdAt: instantSchema,
  reason: z.enum(backupReasons),
  files: z.array(
    z.object({
      path: z.string().refine(isDataPath, 'not a path inside the data folder'),
      size: z.number().int().min(0),
      sha256: z.string().regex(/^[0-9a-f]{64}$/),
    }),
  ),
});

/** What a backup holds, written first in its archive and checked before anything is restored. */
export type BackupManifest = z.infer<typeof manifestSchema>;

/** The SHA-256 of `bytes`, in lowercase hex. */
export function sha256Of(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** The manifest of a backup of `files`, taken at `createdAt` for `reason`. */
export function buildManifest(
  createdAt: Date,
  reason: BackupReason,
  files: readonly DataFileContent[],
): BackupManifest {
  return {
    format: 'newsroom-backup',
    schemaVersion: MANIFEST_SCHEMA_VERSION,
    dataVersions,
    createdAt: createdAt.toISOString(),
    reason,
    files: files.map(({ path, bytes }) => ({ path, size: bytes.length, sha256: sha256Of(bytes) })),
  };
}

/** The manifest as the bytes of the archive's first entry: indented JSON, readable once extracted. */
export function encodeManifest(manifest: BackupManifest): Buffer {
  return Buffer.from(`${JSON.stringify(manifest, null, 2)}\n`, 'utf8');
}

/** Reads and checks a manifest. Throws DamagedBackupError with the reason when it cannot be used. */
export function decodeManifest(bytes: Buffer): BackupManifest {
  let parsed: unknown;
  try {
    parsed = JSON.parse(bytes.toString('utf8'));
  } catch {
    throw new DamagedBackupError('The manifest is not valid JSON');
  }
  const version = z.object({ schemaVersion: z.number() }).safeParse(parsed);
  if (version.success && version.data.schemaVersion > MANIFEST_SCHEMA_VERSION) {
    throw new DamagedBackupError(
      `The backup was made by a newer version of Newsroom (manifest version ${version.data.schemaVersion})`,
    );
  }
  const result = manifestSchema.safeParse(parsed);
  if (!result.success) {
    const first = result.error.issues[0];
    const where = first?.path.join('.') || '(root)';
    throw new DamagedBackupError(`The manifest does not match its schema at ${where}: ${first?.message}`);
  }
  const clash = findPathClash(result.data.files.map((file) => file.path));
  if (clash !== null) throw new DamagedBackupError(clash);
  return result.data;
}

/**
 * A reason why these paths cannot all be written into one folder: the same path twice (compared
 * without case, as Windows and macOS do) or a path that is also another one's folder.
 */
function findPathClash(paths: readonly string[]): string | null {
  const seen = new Set<string>();
  for (const path of paths) {
    const key = path.toLowerCase();
    if (seen.has(key)) return `The manifest lists ${path} twice`;
    seen.add(key);
  }
  for (const path of paths) {
    const segments = path.toLowerCase().split('/');
    for (let depth = 1; depth < segments.length; depth += 1) {
      if (seen.has(segments.slice(0, depth).join('/'))) {
        return `The manifest lists ${segments.slice(0, depth).join('/')} as a file and as a folder`;
      }
    }
  }
  return null;
}
