/**
 * Lower-case particles that belong to the family name that follows them ("Jean de la Fontaine",
 * "Ludwig van Beethoven"). Capitalised, they are more likely given names ("Van Morrison").
 */
const familyParticles = new Set([
  'da',
  'das',
  'de',
  'degli',
  'del',
  'della',
  'den',
  'der',
  'di',
  'do',
  'dos',
  'du',
  'la',
  'le',
  'st.',
  'ten',
  'ter',
  'van',
  'von',
  'zu',
]);

/**
 * Splits a display name into given and family names, for records that carry only one (a vCard with
 * FN and no N, a CSV "Display Name" column). "Family, Given" is read as written; otherwise the last
 * word is the family name, together with the particles before it. A single word is a family name,
 * since the directory sorts on it.
 */
export function splitFullName(fullName: string): { givenName: string; familyName: string } {
  const name = fullName.replace(/\s+/g, ' ').trim();
  const comma = name.indexOf(',');
  if (comma > 0 && comma === name.lastIndexOf(',')) {
    return { givenName: name.slice(comma + 1).trim(), familyName: name.slice(0, comma).trim() };
  }
  const words = name === '' ? [] : name.split(' ');
  let familyStart = words.length - 1;
  while (familyStart > 1 && familyParticles.has(words[familyStart - 1] ?? '')) familyStart--;
  return {
    givenName: words.slice(0, Math.max(familyStart, 0)).join(' '),
    familyName: words.slice(Math.max(familyStart, 0)).join(' '),
  };
}
