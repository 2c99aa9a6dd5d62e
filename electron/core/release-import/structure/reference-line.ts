import { parseWrittenDate } from './written-date';

/** Words that introduce a reference number on the line that carries it, in the release languages. */
const REFERENCE_LABEL = new RegExp(
  '^(?:press release|news release|media release|communiqu[ée](?: de presse)?|pressemitteilung|' +
    'presseinformation|pressemeldung|comunicado(?: de prensa)?|nota de prensa|comunicato(?: stampa)?|' +
    'our ref\\.?|r[ée]f[ée]rence|r[ée]f\\.?|referenz|referencia|riferimento|rif\\.?)(?!\\p{L})',
  'iu',
);
/** Punctuation between the label and the number: "Ref: ACT 42/2026", "Ref. – ACT 42". */
const AFTER_LABEL = /^\s*[:#–—-]?\s*/;
/**
 * An office's reference: letters, digits, brackets, slashes, dots and hyphens, perhaps after a
 * number sign ("n° 397", "No. 12/2026"), and at least one digit.
 */
const REFERENCE = /^(?:(?:n[°º]|no\.|nr\.|n[úu]m\.|#)\s*)?[\p{L}\d][\p{L}\d ()/.\-_]*$/u;
const MAX_REFERENCE_LENGTH = 40;
const MAX_REFERENCE_WORDS = 4;
/** The longest label, its punctuation and the longest reference: longer lines are not reference lines. */
const MAX_REFERENCE_LINE = 80;

/**
 * The reference number on a line such as "Press release DC 153(2013)", "Communiqué de presse n° 397"
 * or "Ref: ACT 42/2026" ("DC 153(2013)", "n° 397", "ACT 42/2026"), or null when the line is not one.
 * The number is kept as written, number sign included: it is how the office writes it.
 */
export function referenceFromLine(line: string): string | null {
  if (line.length > MAX_REFERENCE_LINE) return null;
  const label = REFERENCE_LABEL.exec(line.trim());
  if (!label) return null;
  const candidate = line
    .trim()
    .slice(label[0].length)
    .replace(AFTER_LABEL, '')
    .replace(/[\s.]+$/, '');
  if (candidate.length === 0 || candidate.length > MAX_REFERENCE_LENGTH) return null;
  if (!REFERENCE.test(candidate) || !/\d/.test(candidate)) return null;
  if (candidate.split(' ').length > MAX_REFERENCE_WORDS + 1) return null;
  // "Press release, 3 December 2013" dates the release; it does not number it.
  return parseWrittenDate(candidate) === null ? candidate : null;
}
