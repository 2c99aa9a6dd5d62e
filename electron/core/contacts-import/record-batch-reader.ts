import type { ImportError, ImportResult } from '../contacts-io/import-result';

/**
 * Reads the records of a file a batch at a time, so that the caller can report progress and hand
 * records on between batches. The results, batch after batch, are exactly what the contacts-io parser
 * of the format returns for the whole file.
 */
export interface RecordBatchReader {
  /** How many records (cards or rows) the file holds, unreadable ones included. */
  readonly total: number;
  /** Reads the next `count` records; returns none once every record is read. */
  readBatch(count: number): ImportResult;
  /** Why records or the file could not be read, ordered as the parser orders them; complete once every batch is read. */
  errors(): ImportError[];
}
