/**
 * The envelope every IPC call returns. Raw exceptions never cross the bridge: the router turns
 * every failure into `{ ok: false, error }` with a stable code that the renderer can translate.
 */
export const errorCodes = [
  'INVALID_INPUT',
  'UNTRUSTED_SENDER',
  'UNKNOWN_CHANNEL',
  'NOT_FOUND',
  'READ_ONLY',
  'STORE_LOCKED',
  'WRITE_FAILED',
  'UNSAFE_URL',
  'EXPORT_FAILED',
  'BUSY',
  'INTERNAL',
] as const;

/** A stable, translatable reason for a failure. */
export type ErrorCode = (typeof errorCodes)[number];

/** What the renderer learns about a failure: a code to translate and an English message for logs. */
export interface AppError {
  code: ErrorCode;
  message: string;
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: AppError };

/** Wraps a value in a success envelope. */
export function ok<T>(value: T): Result<T> {
  return { ok: true, value };
}

/** Builds a failure envelope. */
export function fail<T = never>(code: ErrorCode, message: string): Result<T> {
  return { ok: false, error: { code, message } };
}

/**
 * A failure with a known code, thrown by core and main code and turned into an envelope by the
 * router. Anything else that is thrown becomes `INTERNAL`, with its details kept out of the renderer.
 */
export class AppFailure extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'AppFailure';
  }
}
