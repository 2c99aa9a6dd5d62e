import type { AppError, ErrorCode } from '@shared/result';

/** A failure reported by main, thrown by the api client so that queries and mutations can fail. */
export class ApiError extends Error {
  readonly code: ErrorCode;

  constructor(error: AppError) {
    super(error.message);
    this.name = 'ApiError';
    this.code = error.code;
  }
}
