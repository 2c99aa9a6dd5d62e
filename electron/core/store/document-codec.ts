import type { z } from 'zod';
import { runMigrations, type Migration } from './migrations';
import { NewerVersionError, UnreadableFileError } from './store-file-error';

/** How one kind of store file is read and written: its schema, current version and migrations. */
export interface DocumentCodec<T> {
  readonly version: number;
  decode(text: string): T;
  encode(data: T): string;
}

export interface DocumentCodecOptions<S extends z.ZodType> {
  /** The schema of the whole file, `schemaVersion` included. */
  schema: S;
  version: number;
  /** `migrations[0]` upgrades version 1 to 2, and so on; its length is `version - 1`. */
  migrations?: readonly Migration[];
}

const BOM = '\uFEFF';

/**
 * Builds the codec of one document type. Decoding tells apart every way a file can be bad (empty,
 * zero-filled after a crash, cut short, `null`, without a version, from a newer version, not
 * matching the schema) so that the store can quarantine it and say why.
 */
export function createDocumentCodec<S extends z.ZodType>({
  schema,
  version,
  migrations = [],
}: DocumentCodecOptions<S>): DocumentCodec<z.output<S>> {
  return {
    version,
    decode(rawText) {
      // Windows editors add a byte-order mark; it is not part of the JSON.
      const text = rawText.startsWith(BOM) ? rawText.slice(1) : rawText;
      if (text.trim() === '') throw new UnreadableFileError('empty', 'The file is empty');
      if (text.includes('\u0000')) {
        throw new UnreadableFileError('nul-bytes', 'The file holds zero bytes, typically left by a crash');
      }
      let parsed: unknown;
      try {
        parsed = JSON.parse(text);
      } catch (error) {
        throw new UnreadableFileError(
          'unparsable',
          `The file is not valid JSON (${(error as Error).message})`,
        );
      }
      if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
        throw new UnreadableFileError('not-an-object', 'The file does not hold a JSON object');
      }
      const document = parsed as Record<string, unknown>;
      const fileVersion = document.schemaVersion;
      if (typeof fileVersion !== 'number' || !Number.isInteger(fileVersion) || fileVersion < 1) {
        throw new UnreadableFileError('no-version', 'The file has no valid schemaVersion');
      }
      if (fileVersion > version) {
        const asToday = schema.safeParse({ ...document, schemaVersion: version });
        throw new NewerVersionError(fileVersion, version, asToday.success ? asToday.data : undefined);
      }
      const current =
        fileVersion < version ? runMigrations(document, fileVersion, version, migrations) : document;
      const result = schema.safeParse(current);
      if (!result.success) {
        const first = result.error.issues[0];
        const where = first?.path.join('.') || '(root)';
        throw new UnreadableFileError(
          'invalid',
          `The file does not match its schema at ${where}: ${first?.message}`,
        );
      }
      return result.data;
    },
    encode(data) {
      return `${JSON.stringify(data, null, 2)}\n`;
    },
  };
}
