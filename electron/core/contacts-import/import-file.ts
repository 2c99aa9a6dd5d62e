import { setImmediate as nextTurn } from 'node:timers/promises';
import type { CsvMapping } from '../contacts-io/csv/csv-mapping';
import { previewCsv, type CsvPreview } from '../contacts-io/csv/read-csv';
import type { ImportError, ParsedContact } from '../contacts-io/import-result';
import { readImportText } from '../contacts-io/import-text';
import { openCsvReader } from './csv-batch-reader';
import { detectImportFormat } from './detect-import-format';
import type { RecordBatchReader } from './record-batch-reader';
import { openVCardReader } from './vcard-batch-reader';

/** How far reading a file has got. `bytesRead` is estimated from the share of records read. */
export interface ImportProgress {
  recordsRead: number;
  totalRecords: number;
  bytesRead: number;
  totalBytes: number;
}

/**
 * What reading a file found, records aside:
 * - `refused`: the file cannot be read at all (over 50 MB, empty), with the reason;
 * - `needs-mapping`: a CSV file whose columns were not recognised; show `preview` and read it again
 *   with the mapping the user confirms;
 * - `read`: the records were read; `errors` says why the others were not. A CSV file comes with its
 *   preview and the mapping used, so that the user can still correct the mapping and read it again.
 */
export type ImportFileOutcome =
  | { status: 'refused'; error: ImportError }
  | { status: 'needs-mapping'; format: 'csv'; preview: CsvPreview }
  | { status: 'read'; format: 'vcard'; errors: ImportError[] }
  | { status: 'read'; format: 'csv'; preview: CsvPreview; mapping: CsvMapping; errors: ImportError[] };

/** {@link ImportFileOutcome} with the records that were read. */
export type ParsedImportFile =
  | Exclude<ImportFileOutcome, { status: 'read' }>
  | (Extract<ImportFileOutcome, { status: 'read' }> & { records: ParsedContact[] });

/** Options of {@link readImportFile} and {@link parseImportFile}. */
export interface ReadImportOptions {
  /** The column mapping the user confirmed, for a CSV file. Without it the recognised layout's is used. */
  mapping?: CsvMapping;
  /** Called after each batch of records. */
  onProgress?: (progress: ImportProgress) => void;
  /** Stops reading at the next batch, rejecting with the signal's reason. */
  signal?: AbortSignal;
  /** Records per batch; 1,000 keep a batch to a few milliseconds and a message to the main process small. */
  batchSize?: number;
}

const DEFAULT_BATCH_SIZE = 1_000;

/**
 * Reads an import file (its bytes, any encoding the contacts-io parsers detect) and hands its records
 * to `onRecords` a batch at a time, so that they can be passed on without the whole file's records
 * being held here: how the worker of parse-in-worker.ts reads. vCard and CSV are told apart by
 * {@link detectImportFormat}. Never rejects for bad input, only when `signal` aborts.
 */
export async function readImportFile(
  bytes: Uint8Array,
  fileName: string,
  onRecords: (records: ParsedContact[]) => void,
  { mapping, onProgress, signal, batchSize = DEFAULT_BATCH_SIZE }: ReadImportOptions = {},
): Promise<ImportFileOutcome> {
  const text = readImportText(bytes);
  if (!text.ok) return { status: 'refused', error: text.error };
  signal?.throwIfAborted();

  let reader: RecordBatchReader;
  let outcome: (errors: ImportError[]) => ImportFileOutcome;
  if (detectImportFormat(text.text, fileName) === 'vcard') {
    reader = openVCardReader(text.text);
    outcome = (errors) => ({ status: 'read', format: 'vcard', errors });
  } else {
    const preview = previewCsv(text.text);
    const chosen = mapping ?? (preview.layout === 'unknown' ? null : preview.mapping);
    if (!chosen) return { status: 'needs-mapping', format: 'csv', preview };
    reader = openCsvReader(text.text, chosen);
    outcome = (errors) => ({ status: 'read', format: 'csv', preview, mapping: chosen, errors });
  }

  const progress: ImportProgress = {
    recordsRead: 0,
    totalRecords: reader.total,
    bytesRead: 0,
    totalBytes: bytes.byteLength,
  };
  onProgress?.({ ...progress });
  while (progress.recordsRead < reader.total) {
    const batch = reader.readBatch(batchSize);
    progress.recordsRead = Math.min(reader.total, progress.recordsRead + batchSize);
    progress.bytesRead = Math.round((progress.totalBytes * progress.recordsRead) / reader.total);
    if (batch.records.length > 0) onRecords(batch.records);
    onProgress?.({ ...progress });
    // Lets a cancel in (and, on the main thread, everything else) between batches.
    await nextTurn();
    signal?.throwIfAborted();
  }
  return outcome(reader.errors());
}

/**
 * Reads an import file whole, in this thread: the records and what {@link readImportFile} found.
 * For the CLI and tests; the app reads through parse-in-worker.ts, which does not block its event loop.
 */
export async function parseImportFile(
  bytes: Uint8Array,
  fileName: string,
  options: ReadImportOptions = {},
): Promise<ParsedImportFile> {
  const records: ParsedContact[] = [];
  const outcome = await readImportFile(bytes, fileName, (batch) => records.push(...batch), options);
  return outcome.status === 'read' ? { ...outcome, records } : outcome;
}
