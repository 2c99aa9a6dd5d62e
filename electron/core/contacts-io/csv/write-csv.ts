import Papa from 'papaparse';
import type { ContactFields } from '../../../shared/schemas/contact';
import { formulaTrigger } from './csv-cells';
import type { CsvDelimiter } from './csv-mapping';
import { newsroomColumns, type NewsroomColumn } from './newsroom-columns';

/** Options of {@link writeContactsCsv}. */
export interface CsvExportOptions {
  /** `,` unless told otherwise; `;` opens in Excel where the comma is the decimal mark (French, German). */
  delimiter?: CsvDelimiter;
}

/** The byte-order mark that makes spreadsheets read the file as UTF-8. */
export const CSV_BOM = '\uFEFF';

/**
 * Writes contacts as CSV in our own layout (see newsroom-columns.ts for the columns): UTF-8 with a
 * byte-order mark so that spreadsheets read it as UTF-8, CRLF between rows, and a quote before any
 * cell a spreadsheet would run as a formula. Reading the file back gives the same contacts, and the
 * import recognises it as the `newsroom` layout.
 */
export function writeContactsCsv(contacts: readonly ContactFields[], options: CsvExportOptions = {}): string {
  const rows = writeCsvRows(contacts, csvColumnsFor(contacts), options.delimiter ?? ',', true);
  return `${CSV_BOM}${rows}`;
}

/**
 * The columns an export of `contacts` needs: the widest contact decides how many email, phone and
 * profile columns there are, so they are chosen once for all contacts of a file.
 */
export function csvColumnsFor(contacts: Iterable<ContactFields>): NewsroomColumn[] {
  // A loop, not Math.max(...list): spreading 100k contacts into arguments overflows the stack.
  const counts = { emails: 1, phones: 1, social: 1 };
  for (const contact of contacts) {
    counts.emails = Math.max(counts.emails, contact.emails.length);
    counts.phones = Math.max(counts.phones, contact.phones.length);
    counts.social = Math.max(counts.social, contact.social.length);
  }
  return newsroomColumns(counts);
}

/**
 * The CSV rows of `contacts` in `columns`, each ending in CRLF, the header row first when asked:
 * what writeContactsCsv writes after the byte-order mark. A file written in slices with the same
 * columns (the header with the first) is the same, byte for byte, as one written whole.
 */
export function writeCsvRows(
  contacts: readonly ContactFields[],
  columns: readonly NewsroomColumn[],
  delimiter: CsvDelimiter,
  header: boolean,
): string {
  const csv = Papa.unparse(
    {
      fields: columns.map((column) => column.header),
      data: contacts.map((contact) => columns.map((column) => column.cell(contact).replace(/\r\n?/g, '\n'))),
    },
    { delimiter, newline: '\r\n', escapeFormulae: formulaTrigger, header },
  );
  // Papa writes nothing for no rows and no header; a slice of no contacts adds nothing either.
  return csv === '' ? '' : `${csv}\r\n`;
}
