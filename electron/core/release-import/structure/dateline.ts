import { parseWrittenDate } from './written-date';

/** A place name: capitalised, up to five words ("Rio de Janeiro", "Aix-en-Provence", "BRUSSELS/LUXEMBOURG"). */
const PLACE = String.raw`(\p{Lu}[\p{L}\p{M}'’.\-]*(?:[ /][\p{L}\p{M}'’.\-]+){0,4})`;
/** A news agency or outlet in brackets: "LONDON (Reuters) –". */
const AGENCY = String.raw`(?:\s*\([^()\n]{1,60}\))`;
/** A dash that ends the dateline: en or em dash, or a hyphen with spaces round it (not a date's hyphen). */
const SEPARATOR = String.raw`(?:\s*[–—]|\s+--?(?=\s))`;

/** "PLACE, DATE –", "PLACE (Agency) –", "PLACE (Agency), DATE –", "PLACE, DATE (Agency) –". */
const OPENING = new RegExp(
  String.raw`^${PLACE}(${AGENCY})?(?:\s*,\s*([^\n–—]{4,60}?))?(${AGENCY})?${SEPARATOR}\s*`,
  'u',
);
/** A line that is nothing but "PLACE, DATE", as some layouts set the dateline apart. */
const STANDALONE = new RegExp(String.raw`^${PLACE}${AGENCY}?\s*,\s*([^\n–—]{4,60}?)\s*[–—-]?\s*$`, 'u');

/** A dateline found at the start of a paragraph: where, when, and how many characters it takes. */
export interface DatelineMatch {
  place: string;
  date: string | null;
  /** The dateline as written, for the import dialog: "Strasbourg, 03.12.2013 –". */
  written: string;
  /** How many characters of the paragraph's text it takes, with the white space after it. */
  length: number;
}

/**
 * The dateline that opens a paragraph's text, or null. It needs a date that exists or an agency in
 * brackets after the place: a place and a dash alone ("However – …") could be any sentence.
 */
export function matchDatelineOpening(text: string): DatelineMatch | null {
  const match = OPENING.exec(text);
  if (!match) return null;
  const [opening, place = '', agencyBefore, writtenDate, agencyAfter] = match;
  const date = writtenDate === undefined ? null : parseWrittenDate(writtenDate);
  if (writtenDate !== undefined && date === null) return null;
  if (date === null && agencyBefore === undefined && agencyAfter === undefined) return null;
  return { place, date, written: opening.trim(), length: opening.length };
}

/** A paragraph that is only a dateline without a dash ("Strasbourg, 3 December 2013"), or null. */
export function matchStandaloneDateline(text: string): DatelineMatch | null {
  const trimmed = text.trim();
  const match = STANDALONE.exec(trimmed);
  if (!match) return null;
  const date = parseWrittenDate(match[2] ?? '');
  if (date === null) return null;
  return { place: match[1] ?? '', date, written: trimmed, length: text.length };
}
