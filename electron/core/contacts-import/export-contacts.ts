import { setImmediate as nextTurn } from 'node:timers/promises';
import type { Contact } from '../../shared/schemas/contact';
import type { CsvDelimiter } from '../contacts-io/csv/csv-mapping';
import { CSV_BOM, csvColumnsFor, writeCsvRows } from '../contacts-io/csv/write-csv';
import { writeVCards } from '../contacts-io/vcard/write-vcards';
import { safeFileName } from '../files/safe-file-name';

/** The formats contacts are exported to: vCard 4.0, vCard 3.0 for older address books, or CSV. */
export type ExportFormat = 'vcard4' | 'vcard3' | 'csv';

/** Options of {@link exportContacts}. */
export interface ExportOptions {
  /** The start of the file name, in the person's language ("Contacts", or a list's name). */
  baseName?: string;
  /** The day of the export, `YYYY-MM-DD`, added to the file name. */
  date?: string;
  /** For CSV: `;` opens in Excel where the comma is the decimal mark. */
  delimiter?: CsvDelimiter;
  signal?: AbortSignal;
}

/** An export, ready to be written to the file the person chooses. */
export interface ExportedContacts {
  bytes: Uint8Array;
  /** A default name that every system accepts, such as `Press list 2026-11-28.vcf`. */
  fileName: string;
  mimeType: string;
  count: number;
}

/** Contacts per slice: about 10 ms of writing, after which the event loop gets a turn. */
const SLICE = 1_000;

const formats: Readonly<Record<ExportFormat, { extension: string; mimeType: string }>> = {
  vcard4: { extension: 'vcf', mimeType: 'text/vcard' },
  vcard3: { extension: 'vcf', mimeType: 'text/vcard' },
  csv: { extension: 'csv', mimeType: 'text/csv' },
};

/**
 * Writes contacts to a file's bytes with the contacts-io writers: vCard (UTF-8 without a byte-order
 * mark, CRLF, folded lines) or CSV (UTF-8 with a byte-order mark for spreadsheets, cells that a
 * spreadsheet would run as a formula escaped), exactly as writeVCards and writeContactsCsv write them.
 * Written a thousand contacts at a time, so that 100,000 contacts do not hold up the event loop.
 */
export async function exportContacts(
  contacts: readonly Contact[],
  format: ExportFormat,
  { baseName = '', date, delimiter = ',', signal }: ExportOptions = {},
): Promise<ExportedContacts> {
  const pieces: Buffer[] = [];
  const write =
    format === 'csv'
      ? csvSliceWriter(contacts, delimiter)
      : (slice: readonly Contact[]) => writeVCards(slice, { version: format === 'vcard3' ? '3.0' : '4.0' });
  // One slice at least: a CSV file of no contacts still has its header.
  const slices = Math.max(1, Math.ceil(contacts.length / SLICE));
  for (let slice = 0; slice < slices; slice++) {
    pieces.push(Buffer.from(write(contacts.slice(slice * SLICE, (slice + 1) * SLICE)), 'utf8'));
    await nextTurn();
    signal?.throwIfAborted();
  }
  return {
    bytes: Buffer.concat(pieces),
    fileName: contactExportFileName(format, { baseName, date }),
    mimeType: formats[format].mimeType,
    count: contacts.length,
  };
}

/**
 * The default name of an export, as {@link exportContacts} gives it: the base name made safe for
 * every system (cut to fit, "contacts" when nothing is left), then the date, kept whole.
 */
export function contactExportFileName(
  format: ExportFormat,
  { baseName = '', date }: Pick<ExportOptions, 'baseName' | 'date'> = {},
): string {
  return safeFileName(baseName, formats[format].extension, {
    fallback: 'contacts',
    suffix: date ? ` ${date}` : '',
  });
}

/**
 * Writes CSV a slice at a time, as writeContactsCsv writes the whole (tests hold them to the same
 * bytes): the columns are chosen once for all contacts; the byte-order mark and the header start
 * the first slice.
 */
function csvSliceWriter(contacts: readonly Contact[], delimiter: CsvDelimiter) {
  const columns = csvColumnsFor(contacts);
  let first = true;
  return (slice: readonly Contact[]): string => {
    const rows = writeCsvRows(slice, columns, delimiter, first);
    const text = first ? `${CSV_BOM}${rows}` : rows;
    first = false;
    return text;
  };
}
