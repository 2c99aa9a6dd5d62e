import { AppFailure } from '../shared/result';
import { PdfPrintError } from '../core/pdf/pdf-print-error';
import { ReleaseImportError } from '../core/release-import/release-import-error';

/** 1: the work failed (a file, the store, an export). 2: the command line itself was wrong. */
export type ExitCode = 0 | 1 | 2;

/**
 * A failure the command line reports in one line: `code` is stable, for `--json` consumers and
 * scripts; `message` says what went wrong and what to do, in English.
 */
export class CliError extends Error {
  constructor(
    readonly exitCode: 1 | 2,
    readonly code: string,
    message: string,
    options?: { cause?: unknown; commandWords?: readonly string[] },
  ) {
    super(message, options);
    this.name = 'CliError';
    this.commandWords = options?.commandWords;
  }

  /** For a usage error: the command whose help to point to, when it is known. */
  readonly commandWords: readonly string[] | undefined;
}

/** Bad usage: unknown command or option, missing or extra argument, a value not allowed. */
export function usageError(message: string, commandWords?: readonly string[]): CliError {
  return new CliError(2, 'USAGE', message, { commandWords });
}

/** What the lock message adds: how to get going again, and what works meanwhile. */
const LOCKED_ADVICE =
  'Nothing was changed. Close Newsroom (or wait for the other command) and try again; ' +
  'reading commands (releases list and show, contacts search and export, pdf) work while it is open.';

/** Turns anything thrown while a command ran into the error the command line reports. */
export function toCliError(error: unknown): CliError {
  if (error instanceof CliError) return error;
  if (error instanceof AppFailure) {
    if (error.code === 'STORE_LOCKED') {
      return new CliError(1, error.code, `${error.message}. ${LOCKED_ADVICE}`, { cause: error });
    }
    return new CliError(1, error.code, error.message, { cause: error });
  }
  if (error instanceof ReleaseImportError) {
    return new CliError(1, 'IMPORT_REFUSED', error.message, { cause: error });
  }
  if (error instanceof PdfPrintError) {
    return new CliError(1, 'EXPORT_FAILED', error.message, { cause: error });
  }
  const code = (error as NodeJS.ErrnoException | null)?.code;
  const message = error instanceof Error ? error.message : String(error);
  if (typeof code === 'string' && /^E[A-Z]+$/.test(code)) {
    return new CliError(1, 'IO_ERROR', message, { cause: error });
  }
  return new CliError(1, 'INTERNAL', `Unexpected error: ${message}`, { cause: error });
}
