import { decodeImportBytes } from '../../contacts-io/text-encoding';
import { ReleaseImportError } from '../release-import-error';
import type { ReleaseImportFormat } from '../types';

/** Enough characters to tell a text file from a binary one: junk shows in its first kilobytes. */
const BINARY_SAMPLE_CHARS = 65_536;

/**
 * Control characters that text files never hold. Tab, line feed, vertical tab, form feed and carriage
 * return are left out: they are white space.
 */
const NON_TEXT_CONTROL = /[^\P{Cc}\t\n\v\f\r]/gu;

/**
 * Whether decoded text is really binary data: a NUL, or more than one control character in a hundred.
 * Bytes that are not UTF-8 still decode (as windows-1252), so junk must be caught after decoding.
 */
function looksBinary(text: string): boolean {
  const sample = text.slice(0, BINARY_SAMPLE_CHARS);
  if (sample.includes('\u0000')) return true;
  const controls = sample.match(NON_TEXT_CONTROL)?.length ?? 0;
  return controls * 100 > sample.length;
}

/**
 * The text of a Markdown, HTML or plain-text file, in whichever encoding its bytes are in, without a
 * byte-order mark. Throws a {@link ReleaseImportError} when the file is empty or not text at all.
 */
export function decodeTextFile(bytes: Uint8Array, format: ReleaseImportFormat): string {
  const { text } = decodeImportBytes(bytes);
  const withoutBom = text.startsWith('\uFEFF') ? text.slice(1) : text;
  if (!/\S/.test(withoutBom)) throw new ReleaseImportError({ code: 'empty-file' });
  if (looksBinary(withoutBom)) throw new ReleaseImportError({ code: 'not-text', format });
  return withoutBom;
}
