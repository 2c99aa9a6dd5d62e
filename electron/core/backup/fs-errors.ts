import { AppFailure } from '../../shared/result';

/** The `code` of a Node file-system error (`ENOSPC`, `EIO`...), if `error` is one. */
export function errnoCode(error: unknown): string | undefined {
  if (!(error instanceof Error) || !('code' in error)) return undefined;
  return typeof error.code === 'string' ? error.code : undefined;
}

const explanations: Readonly<Record<string, string>> = {
  ENOSPC: 'the disk is full',
  EDQUOT: 'the disk quota is exceeded',
  EIO: 'the disk reported an input/output error',
  EROFS: 'the disk is read-only',
  EACCES: 'permission was denied',
  EPERM: 'the operation was not permitted',
  ENOENT: 'the folder does not exist',
  ENOTDIR: 'the path is not a folder',
};

/**
 * Turns a failure to write `what` into an AppFailure that says why in plain English. An AppFailure
 * passes through unchanged, so that the innermost, most precise reason wins.
 */
export function writeFailure(what: string, error: unknown): AppFailure {
  if (error instanceof AppFailure) return error;
  const code = errnoCode(error);
  const why =
    code !== undefined
      ? (explanations[code] ?? code)
      : error instanceof Error
        ? error.message
        : String(error);
  return new AppFailure('WRITE_FAILED', `Could not write ${what}: ${why}`, { cause: error });
}
