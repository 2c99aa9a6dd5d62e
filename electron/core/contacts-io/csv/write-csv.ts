import Papa from 'papaparse';
import type { ContactFields } from '../../../shared/schemas/contact';
import { formulaTrigger } from './csv-cells';
import type { CsvDelimiter } from './csv-mapping';
import { newsroomColumns } from './newsroom-columns';

/** Options of {@link writeContactsCsv}. */
export interface CsvExportOptions {
  /** `,` unless told otherwise; `;` opens in Excel where the comma is the decimal mark (French, German). */
  delimiter?: CsvDelimiter;
}

/**
 * Writes contacts as CSV in our own layout (see newsroom-columns.ts for the columns): UTF-8 with a
 * byte-order mark so that spreadsheets read it as UTF-8, CRLF between rows, and a quote before any
 * cell a spreadsheet would run as a formula. Reading the file back gives the same contacts, and the
 * import recognises it as the `newsroom` layout.
 */
export function writeContactsCsv(contacts: readonly ContactFields[], options: CsvExportOptions = {}): string {
  // A loop, not Math.max(...list): spreading 100k contacts into arguments overflows the stack.
  const counts = { emails: 1, phones: 1, social: 1 };
  for (const contact of contacts) {
    counts.emails = Math.max(counts.emails, contact.emails.length);
    counts.phones = Math.max(counts.phones, contact.phones.length);
    counts.social = Math.max(counts.social, contact.social.length);
  }
  const columns = newsroomColumns(counts);
  const csv = Papa.unparse(
    {
      fields: columns.map((column) => column.header),
      data: contacts.map((contact) => columns.map((column) => column.cell(contact).replace(/\r\n?/g, '\n'))),
    },
    { delimiter: options.delimiter ?? ',', newline: '\r\n', escapeFormulae: formulaTrigger },
  );
  return `\uFEFF${csv}\r\n`;
}
