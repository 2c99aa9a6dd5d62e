import type { CsvMapping } from '../contacts-io/csv/csv-mapping';
import type { ImportError, ParsedContact } from '../contacts-io/import-result';
import type { ImportFileOutcome, ImportProgress } from './import-file';

/**
 * The file to import: a path (best: the worker reads it, so its bytes never sit in the main
 * process), or bytes already read, with the name they came under (a dropped file).
 */
export type ImportSource = { path: string } | { bytes: Uint8Array; fileName: string };

/** What the worker is given as `workerData`: one file to read, then it exits. */
export interface ImportWorkerRequest {
  source: ImportSource;
  mapping?: CsvMapping;
}

/** Whether `value` (the worker's `workerData`) names a file to read. */
export function isImportWorkerRequest(value: unknown): value is ImportWorkerRequest {
  if (typeof value !== 'object' || value === null || !('source' in value)) return false;
  const { source } = value;
  if (typeof source !== 'object' || source === null) return false;
  if ('path' in source) return typeof source.path === 'string';
  return (
    'bytes' in source &&
    source.bytes instanceof Uint8Array &&
    'fileName' in source &&
    typeof source.fileName === 'string'
  );
}

/**
 * What the worker posts, in this order: progress and records as it reads, the errors in pieces, then
 * `done` with the outcome, its errors left out (they came before). Records and errors travel in
 * pieces so that no single message takes the main process long to receive.
 */
export type ImportWorkerMessage =
  | { type: 'progress'; progress: ImportProgress }
  | { type: 'records'; records: ParsedContact[] }
  | { type: 'errors'; errors: ImportError[] }
  | { type: 'done'; outcome: OutcomeWithoutErrors }
  | { type: 'failed'; message: string };

/** An outcome as `done` carries it: the errors of a `read` outcome travel in `errors` messages. */
export type OutcomeWithoutErrors =
  | Exclude<ImportFileOutcome, { status: 'read' }>
  | DistributiveOmit<Extract<ImportFileOutcome, { status: 'read' }>, 'errors'>;

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;
