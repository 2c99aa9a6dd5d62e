import { extname } from 'node:path';

/** The kinds of file an import reads. */
export type ImportFormat = 'vcard' | 'csv';

const vcardExtensions: ReadonlySet<string> = new Set(['.vcf', '.vcard']);
const beginsWithCard = /^\s*BEGIN[ \t]*:[ \t]*VCARD\b/i;

/**
 * Tells a vCard file from a CSV one. The content decides when it begins like a vCard, since mail
 * clients save cards under any name (`contacts.txt`, `export.csv`); otherwise the name does, so that
 * a `.vcf` file that is not a vCard is reported by the vCard reader ("no BEGIN:VCARD line") rather
 * than read as a one-column spreadsheet. Anything else is CSV.
 */
export function detectImportFormat(text: string, fileName: string): ImportFormat {
  if (beginsWithCard.test(text.slice(0, 1_024))) return 'vcard';
  return vcardExtensions.has(extname(fileName).toLowerCase()) ? 'vcard' : 'csv';
}
