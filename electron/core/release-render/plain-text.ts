import { escapeHtml } from './html';

/**
 * Free text typed in a plain text box, as HTML paragraphs: a blank line starts a new paragraph and
 * a single line break stays a line break. Each entry is the escaped inner HTML of one paragraph.
 */
export function plainTextParagraphs(text: string): string[] {
  return text
    .replace(/\r\n?/g, '\n')
    .split(/\n[ \t]*\n/)
    .map((paragraph) =>
      paragraph
        .split('\n')
        .map((line) => line.trim())
        .filter((line) => line !== '')
        .map(escapeHtml)
        .join('<br>'),
    )
    .filter((paragraph) => paragraph !== '');
}

/** The lines of a text such as a postal address, trimmed, without the empty ones. */
export function plainTextLines(text: string): string[] {
  return text
    .split(/\r\n?|\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '');
}
