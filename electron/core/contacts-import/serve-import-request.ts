import { open } from 'node:fs/promises';
import { basename } from 'node:path';
import { MAX_IMPORT_BYTES } from '../contacts-io/import-limits';
import type { ImportError } from '../contacts-io/import-result';
import { readImportFile } from './import-file';
import type { ImportSource, ImportWorkerMessage, ImportWorkerRequest } from './import-worker-protocol';

/** Errors per message: a file of broken cards can have one per card. */
const ERRORS_PER_MESSAGE = 1_000;

/**
 * Reads the requested file and posts its progress, records, errors and outcome, as the import worker
 * does. Never rejects: a failure is posted as `failed`.
 */
export async function serveImportRequest(
  request: ImportWorkerRequest,
  post: (message: ImportWorkerMessage) => void,
): Promise<void> {
  try {
    const file = await loadImportSource(request.source);
    if ('error' in file) {
      post({ type: 'done', outcome: { status: 'refused', error: file.error } });
      return;
    }
    const outcome = await readImportFile(
      file.bytes,
      file.fileName,
      (records) => post({ type: 'records', records }),
      {
        mapping: request.mapping,
        onProgress: (progress) => post({ type: 'progress', progress }),
      },
    );
    if (outcome.status !== 'read') {
      post({ type: 'done', outcome });
      return;
    }
    const { errors, ...rest } = outcome;
    for (let start = 0; start < errors.length; start += ERRORS_PER_MESSAGE) {
      post({ type: 'errors', errors: errors.slice(start, start + ERRORS_PER_MESSAGE) });
    }
    post({ type: 'done', outcome: rest });
  } catch (error) {
    post({ type: 'failed', message: error instanceof Error ? error.message : String(error) });
  }
}

/**
 * The bytes to read, or the refusal of a file too big to read at all. Exported for reading in the
 * calling thread where no worker can be started (tests, tools).
 */
export async function loadImportSource(
  source: ImportSource,
): Promise<{ bytes: Uint8Array; fileName: string } | { error: ImportError }> {
  if ('bytes' in source) return source;
  const handle = await open(source.path, 'r');
  try {
    // Measured before reading: a 2 GB file dropped by mistake must not be loaded to be refused.
    const { size } = await handle.stat();
    if (size > MAX_IMPORT_BYTES) {
      // The refusal checkImportSize gives, which needs the bytes in hand.
      const megabytes = (size / (1024 * 1024)).toFixed(1);
      return {
        error: { record: 0, reason: `The file is ${megabytes} MB; files over 50 MB cannot be imported.` },
      };
    }
    return { bytes: await handle.readFile(), fileName: basename(source.path) };
  } finally {
    await handle.close();
  }
}
