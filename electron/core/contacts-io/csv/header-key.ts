/**
 * Letters folded by spelling rather than by dropping their mark: tools that cannot write "ä" write
 * "ae" ("Telefon geschaeftlich", "Strasse"), and these letters have no mark to drop (ø, ł, æ).
 */
const spelledOut: Readonly<Record<string, string>> = {
  ä: 'ae',
  ö: 'oe',
  ü: 'ue',
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  ø: 'o',
  ł: 'l',
  đ: 'd',
  þ: 'th',
};

/**
 * A header as layouts compare it. Case, spacing, parentheses and diacritics do not matter, so
 * "Téléphone (bureau)", "telephone bureau", "Telefon geschäftlich" and "Telefon geschaeftlich" each
 * name one column: exports saved without accents, or by tools that spell umlauts out, still match.
 */
export function headerKey(header: string): string {
  return header
    .toLowerCase()
    .replace(/[äöüßæœøłđþ]/g, (letter) => spelledOut[letter] ?? letter)
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[()]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}
