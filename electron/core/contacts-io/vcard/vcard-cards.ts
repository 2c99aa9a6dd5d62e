import type { ImportError } from '../import-result';

/** A line as it stands in the file, with its 1-based number. */
export interface PhysicalLine {
  number: number;
  text: string;
}

/** The lines between one BEGIN:VCARD and its END:VCARD, still folded. */
export interface RawCard {
  /** 1-based position of the card in the file, counting broken cards too. */
  record: number;
  beginLine: number;
  lines: PhysicalLine[];
}

const beginCard = /^BEGIN[ \t]*:[ \t]*VCARD[ \t]*$/i;
const endCard = /^END[ \t]*:[ \t]*VCARD[ \t]*$/i;

/**
 * Cuts a file into cards, reporting what cannot be a card: a card with no END:VCARD (it stops where
 * the next BEGIN:VCARD or the end of the file is), and text outside any card. Each problem is
 * reported once, so that a file that is not a vCard at all gives one error, not one per line.
 */
export function splitIntoCards(text: string): { cards: RawCard[]; errors: ImportError[] } {
  const cards: RawCard[] = [];
  const errors: ImportError[] = [];
  let open: RawCard | null = null;
  let begun = 0;
  let strayFrom = 0;
  let strayTo = 0;

  const reportStrayLines = () => {
    if (strayFrom === 0) return;
    const reason =
      strayFrom === strayTo
        ? `Line ${strayFrom} is outside any vCard and was ignored.`
        : `Lines ${strayFrom}–${strayTo} are outside any vCard and were ignored.`;
    errors.push({ record: 0, line: strayFrom, reason });
    strayFrom = 0;
  };
  const reportUnclosed = (card: RawCard, end: string) => {
    errors.push({ record: card.record, line: card.beginLine, reason: `The card has no END:VCARD; ${end}.` });
  };

  const lines = text.split(/\r\n|\r|\n/);
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index] ?? '';
    const number = index + 1;
    if (beginCard.test(line)) {
      if (open) reportUnclosed(open, `another card begins on line ${number}`);
      reportStrayLines();
      begun++;
      open = { record: begun, beginLine: number, lines: [] };
    } else if (open && endCard.test(line)) {
      cards.push(open);
      open = null;
    } else if (open) {
      open.lines.push({ number, text: line });
    } else if (line.trim() !== '') {
      if (strayFrom === 0) strayFrom = number;
      strayTo = number;
    }
  }
  if (open) reportUnclosed(open, 'the file ends first');

  if (begun === 0) {
    return {
      cards,
      errors: [{ record: 0, reason: 'No vCard was found: the file has no BEGIN:VCARD line.' }],
    };
  }
  reportStrayLines();
  return { cards, errors };
}
