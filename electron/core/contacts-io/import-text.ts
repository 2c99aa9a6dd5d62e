import { checkImportSize } from './import-limits';
import type { ImportError } from './import-result';
import { decodeImportBytes } from './text-encoding';

/** File contents ready to parse, or the reason the whole file is refused. */
export type ImportText = { ok: true; text: string } | { ok: false; error: ImportError };

/**
 * Turns what the caller read (bytes, or text it already decoded) into text to parse: refuses files
 * over the size limit and empty files, detects the encoding of bytes, and drops a byte-order mark.
 */
export function readImportText(input: string | Uint8Array): ImportText {
  const sizeError = checkImportSize(input);
  if (sizeError) return { ok: false, error: sizeError };
  const decoded = typeof input === 'string' ? input : decodeImportBytes(input).text;
  const text = decoded.startsWith('\uFEFF') ? decoded.slice(1) : decoded;
  if (!/\S/.test(text)) return { ok: false, error: { record: 0, reason: 'The file is empty.' } };
  return { ok: true, text };
}
