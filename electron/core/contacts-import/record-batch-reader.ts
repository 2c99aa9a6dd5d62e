import type { ImportError, ImportResult, ParsedContact } from '../contacts-io/import-result';

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

/**
 * A batch reader over the records a parser cut a file into (cards, rows), each read by `read` as the
 * parser reads it. Records are let go once read, so that the file's text does not outlive the
 * contacts made of it.
 *
 * @param errors what the parser already found wrong with the file as a whole.
 * @param order how the parser orders its errors (by line for vCards, by record for CSV).
 */
export function batchReaderOver<T>(
  items: (T | undefined)[],
  read: (item: T) => ParsedContact | ImportError,
  errors: ImportError[],
  order: (a: ImportError, b: ImportError) => number,
): RecordBatchReader {
  let position = 0;
  return {
    total: items.length,
    readBatch(count) {
      const batch: ImportResult = { records: [], errors: [] };
      for (const end = Math.min(items.length, position + count); position < end; position++) {
        const item = items[position];
        items[position] = undefined;
        if (item === undefined) continue;
        const outcome = read(item);
        if ('reason' in outcome) batch.errors.push(outcome);
        else batch.records.push(outcome);
      }
      errors.push(...batch.errors);
      return batch;
    },
    errors: () => [...errors].sort(order),
  };
}
