import Papa from 'papaparse';
import { MAX_CSV_COLUMNS } from '../import-limits';
import type { ImportError } from '../import-result';
import type { CsvDelimiter } from './csv-mapping';

/** A data row of a CSV file with where it comes from. */
export interface CsvRow {
  /** 1-based number of the row after the header row, blank rows counted, as a spreadsheet shows it. */
  record: number;
  /** 1-based line of the file where the row starts (a quoted cell may span several lines). */
  line: number;
  cells: string[];
}

/** A CSV file cut into its header and rows. Rows that cannot be read are in `errors` instead. */
export interface CsvTable {
  delimiter: CsvDelimiter;
  headers: string[];
  rows: CsvRow[];
  errors: ImportError[];
}

const candidateDelimiters: readonly CsvDelimiter[] = [',', ';', '\t'];

/** Rows enough to judge a delimiter by, as papaparse's own guess does. */
const DELIMITER_SAMPLE_ROWS = 10;
/** Text enough for those rows: an unclosed quote must not make each candidate read the whole file. */
const DELIMITER_SAMPLE_CHARS = 64 * 1024;

/**
 * Reads CSV text into a header row and data rows. Line endings are made `\n` first, so that files
 * that mix CRLF and LF read the same and cells hold `\n` line breaks. Blank rows are skipped. A row
 * whose cell count differs from the header's, or whose quotes are broken, is reported and left out,
 * since its cells may have shifted into the wrong columns. A header wider than
 * {@link MAX_CSV_COLUMNS}, or with broken quotes, is reported and nothing is read. `maxRows` stops early, for previews.
 */
export function readCsvTable(text: string, maxRows = Number.POSITIVE_INFINITY): CsvTable {
  const normalised = text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text;
  const delimiter = detectDelimiter(normalised);
  const table: CsvTable = { delimiter, headers: [], rows: [], errors: [] };
  let headerSeen = false;
  let record = 0;
  let rowStart = 0;
  // Line breaks are counted once, up to where each row starts: the whole read stays linear.
  let line = 1;
  let countedTo = 0;
  const lineAt = (offset: number) => {
    for (let next = normalised.indexOf('\n', countedTo); next !== -1 && next < offset;) {
      line++;
      countedTo = next + 1;
      next = normalised.indexOf('\n', countedTo);
    }
    return line;
  };

  Papa.parse<string[]>(normalised, {
    delimiter,
    newline: '\n',
    quoteChar: '"',
    step: (result, parser) => {
      const cells = result.data;
      const start = rowStart;
      rowStart = result.meta.cursor;
      if (headerSeen) record++;
      const quoteProblem = result.errors.find((error) => error.type === 'Quotes');
      // Blank rows return before any other work: a file of a million empty lines must stay cheap.
      if (!quoteProblem && isBlank(cells)) return;
      const rowLine = lineAt(start);

      if (!headerSeen) {
        headerSeen = true;
        if (quoteProblem) {
          const reason = `The header row is unreadable. ${describeQuoteProblem(quoteProblem.code)}`;
          table.errors.push({ record: 0, line: rowLine, reason });
          parser.abort();
          return;
        }
        if (cells.length > MAX_CSV_COLUMNS) {
          const reason = `The header row has ${cells.length} columns; a contacts file has at most ${MAX_CSV_COLUMNS}.`;
          table.errors.push({ record: 0, line: rowLine, reason });
          parser.abort();
          return;
        }
        table.headers = uniqueHeaders(cells);
        return;
      }
      if (quoteProblem) {
        table.errors.push({ record, line: rowLine, reason: describeQuoteProblem(quoteProblem.code) });
      } else if (cells.length !== table.headers.length) {
        const reason = `The row has ${cellCount(cells.length)} where the header has ${cellCount(table.headers.length)}.`;
        table.errors.push({ record, line: rowLine, reason });
      } else {
        table.rows.push({ record, line: rowLine, cells });
      }
      if (table.rows.length >= maxRows) parser.abort();
    },
  });
  return table;
}

/**
 * Picks the delimiter that splits the first rows most consistently: the most rows with as many cells
 * as the header, then the most columns. papaparse's own guess gives up on a two-row file that ends
 * with a newline (the empty last row counts against every delimiter), so we judge ourselves.
 */
export function detectDelimiter(text: string): CsvDelimiter {
  let best: { delimiter: CsvDelimiter; consistentRows: number; columns: number } | null = null;
  for (const delimiter of candidateDelimiters) {
    const rows = Papa.parse<string[]>(text.slice(0, DELIMITER_SAMPLE_CHARS), {
      delimiter,
      newline: '\n',
      preview: DELIMITER_SAMPLE_ROWS,
      skipEmptyLines: 'greedy',
    }).data;
    const columns = rows[0]?.length ?? 0;
    if (columns < 2) continue;
    const consistentRows = rows.filter((row) => row.length === columns).length;
    if (
      !best ||
      consistentRows > best.consistentRows ||
      (consistentRows === best.consistentRows && columns > best.columns)
    ) {
      best = { delimiter, consistentRows, columns };
    }
  }
  return best?.delimiter ?? ',';
}

function isBlank(cells: readonly string[]): boolean {
  return cells.length === 1 ? cells[0]?.trim() === '' : cells.every((cell) => cell.trim() === '');
}

/** Headers made unique ("Email", "Email (2)") and never empty, since the mapping is keyed by them. */
function uniqueHeaders(cells: readonly string[]): string[] {
  const seen = new Map<string, number>();
  return cells.map((cell, index) => {
    const header = cell.trim() || `Column ${index + 1}`;
    const count = (seen.get(header) ?? 0) + 1;
    seen.set(header, count);
    return count === 1 ? header : `${header} (${count})`;
  });
}

function describeQuoteProblem(code: string): string {
  return code === 'MissingQuotes'
    ? 'A quoted cell is never closed, so the rest of the file could not be read.'
    : 'A quote is misplaced in the row: a cell that contains a quote must be quoted, its quotes doubled.';
}

function cellCount(count: number): string {
  return count === 1 ? '1 cell' : `${count} cells`;
}
