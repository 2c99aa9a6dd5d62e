import type { CsvMapping } from '../contacts-io/csv/csv-mapping';
import { contactFromRow, mappedColumns } from '../contacts-io/csv/csv-row-contact';
import { readCsvTable, type CsvRow } from '../contacts-io/csv/csv-table';
import { checkContactFields, type ImportError, type ImportResult } from '../contacts-io/import-result';
import type { RecordBatchReader } from './record-batch-reader';

/**
 * Reads decoded CSV text row by row through a confirmed mapping, with the steps of parseCsvContacts
 * (read-csv.ts): the table is read once, then each batch of rows becomes contacts. Rows are not cut
 * into pieces of text first because only a full CSV parse knows where a quoted cell ends.
 */
export function openCsvReader(text: string, mapping: CsvMapping): RecordBatchReader {
  const table = readCsvTable(text);
  const errors: ImportError[] = [...table.errors];
  const columns = mappedColumns(table.headers, mapping);
  // No header means the table refused the file and says why; no mapped column leaves nothing to read.
  const readable = table.headers.length > 0 && columns.length > 0;
  if (table.headers.length > 0 && columns.length === 0) {
    errors.splice(0, errors.length, {
      record: 0,
      line: 1,
      reason: 'No column is mapped to a contact field.',
    });
  }
  // Rows are let go once read, so that the file's cells do not outlive the records made of them.
  const rows: (CsvRow | undefined)[] = readable ? table.rows : [];
  let position = 0;
  return {
    total: rows.length,
    readBatch(count) {
      const batch: ImportResult = { records: [], errors: [] };
      for (const end = Math.min(rows.length, position + count); position < end; position++) {
        const row = rows[position];
        rows[position] = undefined;
        if (!row) continue;
        const reading = contactFromRow(row.cells, columns);
        const check = reading.ok ? checkContactFields(reading.fields) : reading;
        if (check.ok) batch.records.push(check.fields);
        else batch.errors.push({ record: row.record, line: row.line, reason: check.reason });
      }
      errors.push(...batch.errors);
      return batch;
    },
    errors: () => [...errors].sort((a, b) => a.record - b.record),
  };
}
