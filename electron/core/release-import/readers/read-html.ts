import { decodeTextFile } from './decode-text-file';
import type { ReaderOutput } from './reader-output';

/** An HTML file is already what the converter reads: it only needs decoding. */
export function readHtml(bytes: Uint8Array): ReaderOutput {
  return { html: decodeTextFile(bytes, 'html'), warnings: [] };
}
