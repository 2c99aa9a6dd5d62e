/*
 * Why our own tokenizer rather than ical.js, which the research suggested: measured on ical.js 2.2.1
 * (see tests/unit/electron/core/contacts-io/vcard/ical-js-limits.test.ts), it
 *  - throws for the whole file on one bad line or one missing END:VCARD, where an import must report
 *    the broken card and keep the others;
 *  - takes the `;` in `N:Foo\\;Bar` for an escaped one because a backslash precedes it, although that
 *    backslash is itself escaped: a name that ends in a backslash comes back wrong (CATEGORIES too);
 *  - leaves `\;` escaped in one-value properties (NOTE, FN, TITLE), which RFC 2426 requires writers
 *    to escape in 3.0 and RFC 6350 allows in 4.0;
 *  - rejects vCard 2.1 (bare parameters, quoted-printable soft breaks).
 * Working around all four meant splitting cards and lines ourselves anyway, leaving ical.js only the
 * parameter syntax, which is a 40-line scan. ical.js stays in the tests as an independent oracle that
 * reads what our writer produces.
 */
import { readImportText } from '../import-text';
import {
  checkContactFields,
  type ImportError,
  type ImportResult,
  type ParsedContact,
} from '../import-result';
import { splitIntoCards, type RawCard } from './vcard-cards';
import { contactFromCard } from './vcard-contact';
import { parseContentLine, type ContentLine } from './vcard-content-line';
import { unfoldLines, versionOf } from './vcard-unfold';

/**
 * Reads the contacts of a vCard file (2.1, 3.0 or 4.0; one card or many). Takes the file's bytes
 * (the encoding is detected) or text already decoded. Never throws on bad input: a card that cannot
 * be read is reported with its number and the reason, and the other cards are still read.
 */
export function parseVCards(input: string | Uint8Array): ImportResult {
  const text = readImportText(input);
  if (!text.ok) return { records: [], errors: [text.error] };

  const { cards, errors } = splitIntoCards(text.text);
  const records: ParsedContact[] = [];
  for (const card of cards) {
    const outcome = readCard(card);
    if ('reason' in outcome) errors.push(outcome);
    else records.push(outcome);
  }
  errors.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
  return { records, errors };
}

/**
 * Reads one card cut out by splitIntoCards: its contact, or why it cannot be read, naming the line.
 * The import's batch reader reads a file card by card with it, so that both give the same reasons.
 */
export function readCard(card: RawCard): ParsedContact | ImportError {
  const lines: ContentLine[] = [];
  for (const logical of unfoldLines(card.lines, versionOf(card.lines))) {
    const line = parseContentLine(logical.text);
    if (!line) {
      const reason = `Line ${logical.number} is not a vCard property: ${excerpt(logical.text)}.`;
      return { record: card.record, line: logical.number, reason };
    }
    lines.push(line);
  }
  const reading = contactFromCard(lines);
  if (!reading.ok) return { record: card.record, line: card.beginLine, reason: reading.reason };
  const check = checkContactFields(reading.fields);
  if (!check.ok) return { record: card.record, line: card.beginLine, reason: check.reason };
  return reading.photo ? { ...check.fields, photo: reading.photo } : check.fields;
}

function excerpt(text: string): string {
  return JSON.stringify(text.length > 40 ? `${text.slice(0, 37)}...` : text);
}
