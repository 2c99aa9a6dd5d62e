import { ReleaseImportError } from '../release-import-error';
import type { ReleaseImportFormat } from '../types';
import { readDocx } from './read-docx';
import { readHtml } from './read-html';
import { readMarkdown } from './read-markdown';
import { readPlainText } from './read-plain-text';
import type { ReaderOutput } from './reader-output';

const FORMAT_OF_EXTENSION: ReadonlyMap<string, ReleaseImportFormat> = new Map([
  ['docx', 'docx'],
  ['md', 'markdown'],
  ['markdown', 'markdown'],
  ['html', 'html'],
  ['htm', 'html'],
  ['txt', 'text'],
]);

const READERS: Readonly<
  Record<ReleaseImportFormat, (bytes: Uint8Array) => ReaderOutput | Promise<ReaderOutput>>
> = {
  docx: readDocx,
  markdown: readMarkdown,
  html: readHtml,
  text: readPlainText,
};

/**
 * The format a file is read in, from its extension (any case): .docx, .md/.markdown, .html/.htm,
 * .txt. Throws a {@link ReleaseImportError} for any other, .doc included: mammoth reads only .docx.
 */
export function formatOfFileName(fileName: string): ReleaseImportFormat {
  const base = fileName.split(/[\\/]/).at(-1) ?? '';
  const dot = base.lastIndexOf('.');
  const extension = dot <= 0 ? '' : base.slice(dot + 1).toLowerCase();
  const format = FORMAT_OF_EXTENSION.get(extension);
  if (format === undefined) throw new ReleaseImportError({ code: 'unsupported-file-type', extension });
  return format;
}

/** The file as HTML, read by the reader of its format. */
export async function readReleaseFile(format: ReleaseImportFormat, bytes: Uint8Array): Promise<ReaderOutput> {
  return READERS[format](bytes);
}
