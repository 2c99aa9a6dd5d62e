/**
 * Letters that keep their identity under Unicode decomposition, so stripping combining marks alone
 * leaves them in place ("Thorbjørn" would never match "thorbjorn"). Keys are lowercase: text is
 * lowercased before the map applies, which also brings the capitals (Ø, Æ, Œ, ẞ, Ł, Đ, Þ, Ð) here,
 * and `I`, the capital of the dotless ı, is already a plain i.
 */
const explicitFolds: Readonly<Record<string, string>> = {
  ø: 'o',
  æ: 'ae',
  œ: 'oe',
  ß: 'ss',
  ł: 'l',
  đ: 'd',
  þ: 'th',
  ð: 'd',
  ı: 'i',
};
const explicitFoldPattern = new RegExp(`[${Object.keys(explicitFolds).join('')}]`, 'g');

/**
 * The combining-mark blocks of Latin, Greek and Cyrillic accents. Marks of other scripts (Indic vowel
 * signs, Hebrew points) are letters in all but name there, so they stay.
 */
const accentBlocks: readonly (readonly [number, number])[] = [
  [0x0300, 0x036f],
  [0x1ab0, 0x1aff],
  [0x1dc0, 0x1dff],
  [0x20d0, 0x20ff],
  [0xfe20, 0xfe2f],
];
const combiningMark = /\p{M}/gu;
const withoutAccent = (mark: string): string => {
  const code = mark.codePointAt(0) ?? 0;
  return accentBlocks.some(([first, last]) => code >= first && code <= last) ? '' : mark;
};

// Most names, addresses and queries are plain ASCII: lowercasing is then the whole fold.
const nonAscii = /[\u0080-\uffff]/;

/**
 * German and Scandinavian letters that are also written out with two letters: "Müller" is often
 * "Mueller", "Håland" is "Haaland", "Søren" is "Soeren".
 */
const spelledOutLetters: Readonly<Record<string, string>> = { ä: 'ae', ö: 'oe', ü: 'ue', ø: 'oe', å: 'aa' };
const spelledOutPattern = /[äöüøå]/g;
const hasSpelledOutLetter = /[äöüøå]/;

/**
 * Folds text for search: lowercase, compatibility decomposition with accents removed, then the
 * explicit map (ø→o, æ→ae, œ→oe, ß→ss, ł→l, đ→d, þ→th, ð→d, ı→i). Index and queries go through this
 * same function, so they always agree.
 *
 * NFKD rather than NFD also unpacks ligatures and full-width forms ("ﬁ" → "fi", "Ｍ" → "m") that
 * arrive with text pasted from PDFs or typed with an East Asian input method.
 */
export function foldText(text: string): string {
  const lower = text.toLowerCase();
  if (!nonAscii.test(lower)) return lower;
  return lower
    .normalize('NFKD')
    .replace(combiningMark, withoutAccent)
    .replace(explicitFoldPattern, (letter) => explicitFolds[letter] ?? letter);
}

/**
 * The fold of `text` with ä, ö, ü, ø and å spelled out (ae, oe, ue, oe, aa), or null when the text
 * has none of them. Search indexes both folds of such words and tries both for such query words.
 *
 * Why both forms rather than folding "ue" to "u" everywhere: the digraphs are ordinary letters in
 * most words ("Manuel", "Rue", "Duarte", "Aaron"), and folding them would make "rue" find "Russo".
 * Spelling out only the letters that are really there keeps "mueller" → Müller without that noise.
 */
export function foldSpelledOut(text: string): string | null {
  if (!nonAscii.test(text)) return null;
  // Composed first: macOS file names and some pasted text carry "ü" as "u" plus a combining mark.
  const lower = text.normalize('NFC').toLowerCase();
  if (!hasSpelledOutLetter.test(lower)) return null;
  return foldText(lower.replace(spelledOutPattern, (letter) => spelledOutLetters[letter] ?? letter));
}
