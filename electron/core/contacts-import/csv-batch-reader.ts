import type { CsvMapping } from '../contacts-io/csv/csv-mapping';
import type { CsvRow } from '../contacts-io/csv/csv-table';
import { readMappedTable, readRow } from '../contacts-io/csv/read-csv';
import { batchReaderOver, type RecordBatchReader } from './record-batch-reader';

/**
 * Reads decoded CSV text row by row through a confirmed mapping, with the steps of parseCsvContacts
 * (read-csv.ts): the table is read once, then each batch of rows becomes contacts. Rows are not cut
 * into pieces of text first because only a full CSV parse knows where a quoted cell ends.
 */
export function openCsvReader(text: string, mapping: CsvMapping): RecordBatchReader {
  const { rows, columns, errors } = readMappedTable(text, mapping);
  return batchReaderOver<CsvRow>(
    rows,
    (row) => readRow(row, columns),
    errors,
    (a, b) => a.record - b.record,
  );
}
