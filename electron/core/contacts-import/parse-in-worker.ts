import type { Worker, WorkerOptions } from 'node:worker_threads';
import { AppFailure } from '../../shared/result';
import type { CsvMapping } from '../contacts-io/csv/csv-mapping';
import type { ImportError, ParsedContact } from '../contacts-io/import-result';
import type { ImportProgress, ParsedImportFile } from './import-file';
import type { ImportSource, ImportWorkerMessage, ImportWorkerRequest } from './import-worker-protocol';

/**
 * Starts the import worker (import-worker.ts) with the given options: `new Worker(path, options)` on
 * the file the app's build emits (out/main/import-worker.js), or on a bundle made by the tests.
 */
export type StartImportWorker = (options: WorkerOptions) => Worker;

/** Options of {@link parseImportFileInWorker}. */
export interface ParseInWorkerOptions {
  startWorker: StartImportWorker;
  /** The column mapping the user confirmed, for a CSV file. */
  mapping?: CsvMapping;
  /** Called as records are read. */
  onProgress?: (progress: ImportProgress) => void;
  /** Ends the worker at once, rejecting with the signal's reason. */
  signal?: AbortSignal;
}

/**
 * Bounds the worker's heap. Reading a 48 MB vCard file of 100,000 cards peaks at about 400 MB; a
 * worker past this bound (a pathological file) is ended with an error instead of taking the app's
 * memory with it.
 */
const WORKER_HEAP_LIMIT_MB = 1_024;

/**
 * Reads an import file in a worker thread, so that the main process's event loop keeps answering
 * while a large file is read: records and errors come back in pieces of about a thousand, each quick
 * to receive. Resolves with what parseImportFile would return. Bytes given as `source` are copied to
 * the worker; give a path when there is one, and the bytes never enter this process.
 */
export function parseImportFileInWorker(
  source: ImportSource,
  { startWorker, mapping, onProgress, signal }: ParseInWorkerOptions,
): Promise<ParsedImportFile> {
  signal?.throwIfAborted();
  const request: ImportWorkerRequest = mapping ? { source, mapping } : { source };
  const worker = startWorker({
    workerData: request,
    resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_LIMIT_MB },
  });
  const records: ParsedContact[] = [];
  const errors: ImportError[] = [];

  return new Promise<ParsedImportFile>((resolve, reject) => {
    let settled = false;
    const settle = (finish: () => void) => {
      if (settled) return;
      settled = true;
      signal?.removeEventListener('abort', cancel);
      finish();
      void worker.terminate();
    };
    const cancel = () => settle(() => reject(abortReason(signal)));
    signal?.addEventListener('abort', cancel, { once: true });

    worker.on('message', (message: ImportWorkerMessage) => {
      switch (message.type) {
        case 'progress':
          onProgress?.(message.progress);
          break;
        case 'records':
          for (const record of message.records) records.push(record);
          break;
        case 'errors':
          for (const error of message.errors) errors.push(error);
          break;
        case 'done': {
          const { outcome } = message;
          settle(() => resolve(outcome.status === 'read' ? { ...outcome, errors, records } : outcome));
          break;
        }
        case 'failed':
          settle(() =>
            reject(new AppFailure('INTERNAL', `Reading the import file failed: ${message.message}`)),
          );
          break;
      }
    });
    worker.on('error', (error) => {
      settle(() =>
        reject(new AppFailure('INTERNAL', `The import worker failed: ${error.message}`, { cause: error })),
      );
    });
    worker.on('exit', (code) => {
      settle(() => reject(new AppFailure('INTERNAL', `The import worker stopped (exit code ${code})`)));
    });
  });
}

/** Why the read was cancelled: the signal's reason, which AbortController makes an AbortError. */
function abortReason(signal: AbortSignal | undefined): Error {
  const reason: unknown = signal?.reason;
  return reason instanceof Error ? reason : new DOMException('The import was cancelled', 'AbortError');
}
