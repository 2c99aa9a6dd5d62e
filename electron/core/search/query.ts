import { foldSpelledOut, foldText } from './fold';
import { phoneQueryVariants, wordSeparators } from './tokenise';

/** One word of a query: a contact matches the query when it matches every term, in any field. */
export interface QueryTerm {
  /** Folded forms looked up in the word fields ("müller" has two: muller, mueller); may be empty. */
  readonly words: readonly string[];
  /** Digit strings looked up in phone numbers; empty for a word with letters. */
  readonly digits: readonly string[];
  /** How many edits a whole-word typo match may have: 0, 1 or 2. */
  readonly maxTypos: number;
}

/**
 * Longer queries are a paste accident rather than a search; the terms past this many are ignored,
 * which also bounds the score arithmetic in ranking.
 */
export const MAX_QUERY_TERMS = 16;

// A chunk made only of digits and the punctuation people write numbers with: "+33", "(0)3", "88-41".
const phoneChunk = /^[+()\d./-]*\d[+()\d./-]*$/;
const onlyDigits = /^\d+$/;

/**
 * Typos are only looked for in words long enough for one wrong letter not to make another word.
 * Two edits wait for 10 letters: at 8, "politics" already finds every "political" editor. Numbers
 * have no typos: "2025" is not a misspelt "2024".
 */
function typoBudget(word: string): number {
  if (/\d/.test(word)) return 0;
  if (word.length >= 10) return 2;
  return word.length >= 4 ? 1 : 0;
}

function wordTerms(raw: string): QueryTerm[] {
  const folded = foldText(raw);
  const pieces = folded.split(wordSeparators).filter(Boolean);
  const digitsOf = (piece: string) => (onlyDigits.test(piece) ? [piece] : []);
  if (pieces.length !== 1) {
    return pieces.map((piece) => ({ words: [piece], digits: digitsOf(piece), maxTypos: typoBudget(piece) }));
  }
  const spelledOut = foldSpelledOut(raw);
  const words = spelledOut === null || spelledOut === folded ? [folded] : [folded, spelledOut];
  return [{ words, digits: digitsOf(folded), maxTypos: typoBudget(folded) }];
}

/**
 * Splits a query into terms. Consecutive chunks that look like a phone number ("+33 (0)3 88") make
 * one digits-only term; a lone run of digits ("20" in "20 minutes") is both a word and digits;
 * everything else is split into folded words. A blank query has no terms.
 */
export function parseQuery(query: string): QueryTerm[] {
  const chunks = query.normalize('NFC').split(/\s+/).filter(Boolean);
  const terms: QueryTerm[] = [];
  for (let start = 0; start < chunks.length;) {
    let end = start;
    while (end < chunks.length && phoneChunk.test(chunks[end]!)) end += 1;
    if (end > start) {
      const run = chunks.slice(start, end).join(' ');
      const lone = end - start === 1 && onlyDigits.test(run);
      terms.push({ words: lone ? [run] : [], digits: phoneQueryVariants(run), maxTypos: 0 });
      start = end;
    } else {
      for (const raw of chunks[start]!.split(wordSeparators)) if (raw) terms.push(...wordTerms(raw));
      start += 1;
    }
  }
  return terms.slice(0, MAX_QUERY_TERMS);
}
