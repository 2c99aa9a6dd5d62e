/** Why a release could not be printed, as the batch summary and the IPC error envelope report it. */
export type PdfPrintErrorCode =
  /** The print page failed to load, lay out or print the release. */
  | 'print-failed'
  /** The print page did not finish within the job's time limit. */
  | 'print-timeout'
  /** The printer was closed before the job started. */
  | 'printer-closed';

/** A failed print job; `cause` holds the engine's own error, for the log. */
export class PdfPrintError extends Error {
  override readonly name = 'PdfPrintError';

  constructor(
    readonly code: PdfPrintErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}
