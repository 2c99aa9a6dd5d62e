import { Marked } from 'marked';
import { decodeTextFile } from './decode-text-file';
import type { ReaderOutput } from './reader-output';

/**
 * A private instance, so that no option or extension set elsewhere on marked's shared one applies.
 * CommonMark line breaks: a single newline joins lines, as pandoc and hard-wrapping editors expect;
 * a line that must break ends with a backslash or two spaces. Raw HTML in the Markdown is passed on:
 * the converter's allow-list deals with it like any other HTML.
 */
const markdown = new Marked({ gfm: true, breaks: false });

/** Markdown to HTML with marked. */
export function readMarkdown(bytes: Uint8Array): ReaderOutput {
  const html = markdown.parse(decodeTextFile(bytes, 'markdown'), { async: false });
  return { html, warnings: [] };
}
