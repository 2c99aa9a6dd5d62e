/** Why a store file could not be used. Each kind is one failure mode seen in the wild. */
export type UnreadableKind =
  'empty' | 'nul-bytes' | 'unparsable' | 'not-an-object' | 'no-version' | 'invalid';

/** A file whose content cannot be trusted: it is quarantined, never written over. */
export class UnreadableFileError extends Error {
  constructor(
    readonly kind: UnreadableKind,
    message: string,
  ) {
    super(message);
    this.name = 'UnreadableFileError';
  }
}

/**
 * A file written by a newer Newsroom. Its data may be readable with today's schema; either way it is
 * opened read-only so that this version never destroys what a newer one wrote.
 */
export class NewerVersionError extends Error {
  constructor(
    readonly fileVersion: number,
    readonly supportedVersion: number,
    /** The content parsed with today's schema, when that still works. */
    readonly readableData: unknown,
  ) {
    super(`File has schema version ${fileVersion}; this version of Newsroom reads up to ${supportedVersion}`);
    this.name = 'NewerVersionError';
  }
}
