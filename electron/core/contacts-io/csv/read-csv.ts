import { readImportText } from '../import-text';
import {
  checkContactFields,
  type ImportError,
  type ImportResult,
  type ParsedContact,
} from '../import-result';
import { detectCsvLayout } from './csv-layouts';
import type { CsvDelimiter, CsvLayout, CsvMapping } from './csv-mapping';
import { contactFromRow, mappedColumns, type MappedColumn } from './csv-row-contact';
import { readCsvTable, type CsvRow } from './csv-table';

/** What the import flow shows before the user confirms how columns map to fields. */
export interface CsvPreview {
  /** The header row, made unique; these are the keys of `mapping`. */
  headers: string[];
  /** The first data rows, cells as written (blank and unreadable rows left out). */
  rows: string[][];
  delimiter: CsvDelimiter;
  layout: CsvLayout;
  /** The suggested mapping: every header, unknown ones as `ignore`. */
  mapping: CsvMapping;
  /** Why the file cannot be read at all (too big, empty), and unreadable rows among the first ones. */
  errors: ImportError[];
}

/**
 * Reads the start of a CSV file for the mapping preview: its header row, its first `rows` rows, the
 * delimiter found (`,`, `;` or tab), the application it comes from and a suggested mapping. Takes the
 * file's bytes (the encoding is detected) or text already decoded. Never throws on bad input.
 */
export function previewCsv(input: string | Uint8Array, rows = 5): CsvPreview {
  const text = readImportText(input);
  if (!text.ok) {
    return { headers: [], rows: [], delimiter: ',', layout: 'unknown', mapping: {}, errors: [text.error] };
  }
  const table = readCsvTable(text.text, rows);
  const { layout, mapping } = detectCsvLayout(table.headers);
  return {
    headers: table.headers,
    rows: table.rows.map((row) => row.cells),
    delimiter: table.delimiter,
    layout,
    mapping,
    errors: table.errors,
  };
}

/**
 * Reads the contacts of a CSV file through a mapping confirmed by the user (usually the one
 * {@link previewCsv} suggested). Never throws on bad input: a row that cannot be read is reported with
 * its number, its line and the reason, and the other rows are still read.
 */
export function parseCsvContacts(input: string | Uint8Array, mapping: CsvMapping): ImportResult {
  const text = readImportText(input);
  if (!text.ok) return { records: [], errors: [text.error] };
  const { rows, columns, errors } = readMappedTable(text.text, mapping);
  const records: ParsedContact[] = [];
  for (const row of rows) {
    const outcome = readRow(row, columns);
    if ('reason' in outcome) errors.push(outcome);
    else records.push(outcome);
  }
  errors.sort((a, b) => a.record - b.record);
  return { records, errors };
}

/** A CSV table with the columns a mapping reads: its rows, or none when the whole file is refused. */
export interface MappedTable {
  rows: CsvRow[];
  columns: MappedColumn[];
  /** Why the file or some rows cannot be read; rows read later add theirs. */
  errors: ImportError[];
}

/**
 * Reads the table of decoded CSV text and the columns `mapping` sends to a field. No header means
 * the table refused the file and says why; no mapped column leaves nothing to read.
 */
export function readMappedTable(text: string, mapping: CsvMapping): MappedTable {
  const table = readCsvTable(text);
  if (table.headers.length === 0) return { rows: [], columns: [], errors: table.errors };
  const columns = mappedColumns(table.headers, mapping);
  if (columns.length === 0) {
    return {
      rows: [],
      columns,
      errors: [{ record: 0, line: 1, reason: 'No column is mapped to a contact field.' }],
    };
  }
  return { rows: table.rows, columns, errors: table.errors };
}

/** One row through the mapped columns: its contact, checked as the store would, or why not. */
export function readRow(row: CsvRow, columns: readonly MappedColumn[]): ParsedContact | ImportError {
  const reading = contactFromRow(row.cells, columns);
  const check = reading.ok ? checkContactFields(reading.fields) : reading;
  return check.ok ? check.fields : { record: row.record, line: row.line, reason: check.reason };
}
