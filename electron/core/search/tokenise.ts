import { foldSpelledOut, foldText } from './fold';

/** Anything but letters, combining marks and digits separates words ("O’Connor", "France-Presse"). */
export const wordSeparators = /[^\p{L}\p{M}\p{N}]+/u;
const apostrophes = /['’ʼ]/g;
const hasApostrophe = /['’ʼ]/;

// Shorter tails of a number ("60") would match nearly every phone and say nothing.
const MIN_PHONE_TAIL = 4;
const trunkPrefix = /\(\s*0\s*\)/;
const internationalPrefix = /^\s*(\+|00)/;

// Token lists are a handful of entries long: an array with `includes` is cheaper than a Set.
function addDistinct(into: string[], token: string): void {
  if (token && !into.includes(token)) into.push(token);
}

function addWords(into: string[], folded: string): void {
  for (const word of folded.split(wordSeparators)) addDistinct(into, word);
}

/**
 * The index tokens of free text (names, outlets, roles, places, e-mail addresses): its folded
 * words, the spelled-out fold of words with ä/ö/ü/ø/å (see {@link foldSpelledOut}), and words joined
 * across apostrophes, so "O’Connor" is found by "connor" and by "oconnor".
 */
export function wordTokens(text: string): string[] {
  const tokens: string[] = [];
  addWords(tokens, foldText(text));
  const spelledOut = foldSpelledOut(text);
  if (spelledOut !== null) addWords(tokens, spelledOut);
  if (hasApostrophe.test(text)) addWords(tokens, foldText(text.replace(apostrophes, '')));
  return tokens;
}

const digitsOf = (text: string): string => text.replace(/\D+/g, '');

/**
 * The digit strings a phone number is found by, each matched by prefix: all its digits; the same
 * without a "(0)" trunk prefix, which people leave out when they dial from abroad; for an
 * international number, its national form with a leading 0; and its tails from the start of each
 * later group of digits, so "41 25 60" finds "+33 3 88 41 25 60".
 */
export function phoneTokens(number: string): string[] {
  const groups = number.match(/\d+/g);
  if (!groups) return [];
  const all = groups.join('');
  const tokens = [all];
  let tail = all;
  for (let group = 0; group < groups.length - 1; group += 1) {
    tail = tail.slice(groups[group]!.length);
    if (tail.length >= MIN_PHONE_TAIL) addDistinct(tokens, tail);
  }
  if (trunkPrefix.test(number)) addDistinct(tokens, digitsOf(number.replace(trunkPrefix, '')));
  if (internationalPrefix.test(number) && groups.length > 1) {
    const national = all.slice(groups[0].length);
    addDistinct(tokens, national.startsWith('0') ? national : `0${national}`);
  }
  return tokens;
}

/** The digit strings a query's run of phone-like chunks ("+33 (0)3 88") is looked up by. */
export function phoneQueryVariants(run: string): string[] {
  const variants = new Set([digitsOf(run)]);
  if (trunkPrefix.test(run)) variants.add(digitsOf(run.replace(trunkPrefix, '')));
  for (const digits of [...variants]) if (digits.startsWith('00')) variants.add(digits.slice(2));
  variants.delete('');
  return [...variants];
}
