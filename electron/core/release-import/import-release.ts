import { checkImportSize, MAX_IMPORT_BYTES } from '../contacts-io/import-limits';
import { htmlToRichText } from './html/html-to-rich-text';
import { formatOfFileName, readReleaseFile } from './readers/read-release-file';
import { ReleaseImportError } from './release-import-error';
import { fitReleaseLimits } from './release-limits';
import { hasVisibleText } from './rich-text-nodes';
import { recogniseRelease } from './structure/recognise-release';
import type { ReleaseImport, ReleaseImportInput } from './types';

/**
 * Turns a release written elsewhere (.docx, .md/.markdown, .html/.htm or .txt, told apart by the
 * file name's extension) into the fields of a Newsroom release. Every format is read into HTML, and
 * one converter turns that into the release body's rich text through an allow-list; then the parts
 * of a release are recognised in it (headline, subheadline, reference, dateline, sections, press
 * contact, end marks, language), and what is left is the body.
 *
 * Throws a {@link ReleaseImportError}, with a code and values for the interface, when the file
 * cannot be imported at all: an extension not listed, more than 50 MB (checked before anything is
 * parsed), an empty file, bytes that are not text, a .docx that is not a Word document, or no text.
 */
export async function importRelease(input: ReleaseImportInput): Promise<ReleaseImport> {
  const format = formatOfFileName(input.fileName);
  if (checkImportSize(input.bytes) !== null) {
    throw new ReleaseImportError({
      code: 'file-too-large',
      size: input.bytes.byteLength,
      maxSize: MAX_IMPORT_BYTES,
    });
  }
  if (input.bytes.byteLength === 0) throw new ReleaseImportError({ code: 'empty-file' });
  const read = await readReleaseFile(format, input.bytes);
  const converted = htmlToRichText(read.html);
  if (!converted.doc.content.some(hasVisibleText)) throw new ReleaseImportError({ code: 'no-content' });
  const recognised = recogniseRelease(converted.doc);
  const fitted = fitReleaseLimits(recognised.fields);
  return {
    format,
    fields: fitted.fields,
    recognised: recognised.recognised,
    warnings: [...read.warnings, ...converted.warnings, ...recognised.warnings, ...fitted.warnings],
  };
}
