import {
  checkContactFields,
  type ImportError,
  type ImportResult,
  type ParsedContact,
} from '../contacts-io/import-result';
import { splitIntoCards, type RawCard } from '../contacts-io/vcard/vcard-cards';
import { contactFromCard } from '../contacts-io/vcard/vcard-contact';
import { parseContentLine, type ContentLine } from '../contacts-io/vcard/vcard-content-line';
import { unfoldLines, versionOf } from '../contacts-io/vcard/vcard-unfold';
import type { RecordBatchReader } from './record-batch-reader';

/**
 * Reads decoded vCard text card by card with the steps of parseVCards (read-vcards.ts): the file is
 * cut into cards once, then each batch of cards is unfolded, split and checked. Cutting the text into
 * pieces and parsing each would be simpler, but the parser's reasons name line numbers ("Line 12 is
 * not a vCard property"), which would then count from the start of each piece.
 */
export function openVCardReader(text: string): RecordBatchReader {
  const split = splitIntoCards(text);
  // Cards are let go once read, so that the file's lines do not outlive the records made of them.
  const cards: (RawCard | undefined)[] = split.cards;
  const errors: ImportError[] = [...split.errors];
  let position = 0;
  return {
    total: cards.length,
    readBatch(count) {
      const batch: ImportResult = { records: [], errors: [] };
      for (const end = Math.min(cards.length, position + count); position < end; position++) {
        const card = cards[position];
        cards[position] = undefined;
        if (!card) continue;
        const outcome = readCard(card);
        if ('reason' in outcome) batch.errors.push(outcome);
        else batch.records.push(outcome);
      }
      errors.push(...batch.errors);
      return batch;
    },
    errors: () => [...errors].sort((a, b) => (a.line ?? 0) - (b.line ?? 0)),
  };
}

/** One card as parseVCards reads it, with the same reasons. */
function readCard(card: RawCard): ParsedContact | ImportError {
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
