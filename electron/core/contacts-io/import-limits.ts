import { MAX_CONTACT_IMPORT_BYTES, MAX_MAPPED_COLUMNS } from '../../shared/schemas/contact-transfer';
import type { ImportError } from './import-result';

/**
 * The largest file an import accepts. Bigger files are refused before any parsing starts. The app's
 * contract holds the number, so that the window refuses a dropped file before sending it.
 */
export const MAX_IMPORT_BYTES = MAX_CONTACT_IMPORT_BYTES;

/**
 * The most columns a CSV header may have. Contact exports have up to about 150 (Google, Outlook, ours
 * with 20 emails, phones and profiles); a file with thousands is not a contact list, and its mapping
 * could not be shown to the user for confirmation.
 */
export const MAX_CSV_COLUMNS = MAX_MAPPED_COLUMNS;

/**
 * Refuses input bigger than {@link MAX_IMPORT_BYTES}: returns the error to report, or null when the
 * input may be parsed. A string is measured as the UTF-8 bytes it would take in a file.
 */
export function checkImportSize(input: string | Uint8Array): ImportError | null {
  const size = typeof input === 'string' ? utf8Size(input) : input.byteLength;
  if (size <= MAX_IMPORT_BYTES) return null;
  const megabytes = (size / (1024 * 1024)).toFixed(1);
  return { record: 0, reason: `The file is ${megabytes} MB; files over 50 MB cannot be imported.` };
}

function utf8Size(text: string): number {
  // A UTF-16 code unit takes 1 to 3 UTF-8 bytes, so most strings are settled without measuring.
  if (text.length > MAX_IMPORT_BYTES) return text.length;
  if (text.length * 3 <= MAX_IMPORT_BYTES) return text.length;
  return Buffer.byteLength(text, 'utf8');
}
