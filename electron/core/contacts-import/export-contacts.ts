import { setImmediate as nextTurn } from 'node:timers/promises';
import Papa from 'papaparse';
import type { Contact } from '../../shared/schemas/contact';
import { formulaTrigger } from '../contacts-io/csv/csv-cells';
import type { CsvDelimiter } from '../contacts-io/csv/csv-mapping';
import { newsroomColumns } from '../contacts-io/csv/newsroom-columns';
import { writeVCards } from '../contacts-io/vcard/write-vcards';
import { safeFileName } from './safe-file-name';

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
  const { extension, mimeType } = formats[format];
  const base = safeFileName(baseName, 'contacts');
  return {
    bytes: Buffer.concat(pieces),
    fileName: `${date ? `${base} ${date}` : base}.${extension}`,
    mimeType,
    count: contacts.length,
  };
}

/**
 * Writes CSV a slice at a time, as writeContactsCsv writes the whole (tests hold them to the same
 * bytes): the columns are chosen once for all contacts, since the widest contact decides how many
 * email, phone and profile columns there are; the header and byte-order mark start the first slice.
 */
function csvSliceWriter(contacts: readonly Contact[], delimiter: CsvDelimiter) {
  const counts = { emails: 1, phones: 1, social: 1 };
  for (const contact of contacts) {
    counts.emails = Math.max(counts.emails, contact.emails.length);
    counts.phones = Math.max(counts.phones, contact.phones.length);
    counts.social = Math.max(counts.social, contact.social.length);
  }
  const columns = newsroomColumns(counts);
  let first = true;
  return (slice: readonly Contact[]): string => {
    const csv = Papa.unparse(
      {
        fields: columns.map((column) => column.header),
        data: slice.map((contact) => columns.map((column) => column.cell(contact).replace(/\r\n?/g, '\n'))),
      },
      { delimiter, newline: '\r\n', escapeFormulae: formulaTrigger, header: first },
    );
    const text = first ? `\uFEFF${csv}\r\n` : `${csv}\r\n`;
    first = false;
    return text;
  };
}
