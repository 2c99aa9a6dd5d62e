import mammoth from 'mammoth';
import { ReleaseImportError } from '../release-import-error';
import type { ImportWarning } from '../types';
import type { ReaderOutput } from './reader-output';
import { isSafeToUnpack } from './zip-expansion';

/**
 * Added to mammoth's default map (headings 1–6, lists, bold, italic, strike, links): underline,
 * which mammoth drops unless asked, and Word's built-in title, subtitle and quote styles.
 */
const STYLE_MAP = [
  'u => u',
  "p[style-name='Title'] => h1:fresh",
  'p.Title => h1:fresh',
  "p[style-name='Subtitle'] => h2:fresh",
  'p.Subtitle => h2:fresh',
  "p[style-name='Quote'] => blockquote > p:fresh",
  "p[style-name='Intense Quote'] => blockquote > p:fresh",
  "r[style-name='Emphasis'] => em",
];

/**
 * Images become an empty `<img>` without mammoth reading their bytes (the converter drops them and
 * counts them); the default would inline every picture as a data URI first.
 */
const EMPTY_IMAGE = mammoth.images.imgElement(() => Promise.resolve({ src: '' }));

/**
 * Messages that tell of nothing lost: a style with no mapping or no definition only means plain
 * text, and images are dropped (and counted) by the converter anyway.
 */
const HARMLESS_MESSAGE =
  /^Unrecognised (?:paragraph|run|table) style|style with ID .+ was referenced but not defined|^Image of type/;

/**
 * A .docx file to HTML with mammoth. The style map that a file may embed for mammoth is ignored:
 * the document is the user's, its conversion rules are ours. Files that are not Word documents
 * (other zips, truncated files, anything renamed) are refused with a {@link ReleaseImportError}.
 */
export async function readDocx(bytes: Uint8Array): Promise<ReaderOutput> {
  if (!isSafeToUnpack(bytes)) {
    throw new ReleaseImportError({ code: 'unreadable-docx', detail: 'it would unpack to more than 200 MB' });
  }
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let result: Awaited<ReturnType<typeof mammoth.convertToHtml>>;
  try {
    result = await mammoth.convertToHtml(
      { buffer },
      {
        styleMap: STYLE_MAP,
        includeEmbeddedStyleMap: false,
        externalFileAccess: false,
        convertImage: EMPTY_IMAGE,
      },
    );
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw new ReleaseImportError({ code: 'unreadable-docx', detail: detail.slice(0, 200) });
  }
  const messages = new Set(result.messages.map((message) => message.message));
  const warnings = [...messages]
    .filter((message) => !HARMLESS_MESSAGE.test(message))
    .map((message): ImportWarning => ({ code: 'docx-reader-message', message }));
  return { html: result.value, warnings };
}
