import { splitEscaped } from '../split-escaped';
import type { ContentLine } from './vcard-content-line';
import { decodeQuotedPrintable } from './vcard21';

/** The first value of a parameter, if the property has it. */
export function paramOf(line: ContentLine, name: string): string | undefined {
  return line.params.get(name)?.[0];
}

/** The TYPE values of a property, upper-cased, whether written `TYPE=a,b`, `TYPE="a,b"` or `TYPE=a;TYPE=b`. */
export function typesOf(line: ContentLine): string[] {
  // One array for all values, not one per value: a hostile card can give 300k of them.
  const types: string[] = [];
  for (const value of line.params.get('TYPE') ?? []) {
    const upper = value.toUpperCase();
    if (upper.includes(',')) for (const type of upper.split(',')) types.push(type);
    else types.push(upper);
  }
  return types;
}

/** The value of a property, quoted-printable decoded in its CHARSET when so encoded, still escaped. */
export function encodedTextOf(line: ContentLine): string {
  const encoding = paramOf(line, 'ENCODING')?.toUpperCase();
  return encoding === 'QUOTED-PRINTABLE'
    ? decodeQuotedPrintable(line.value, paramOf(line, 'CHARSET'))
    : line.value;
}

/** The text of a single-valued property (FN, NOTE, TITLE...). */
export function textOf(line: ContentLine): string {
  return unescapeText(encodedTextOf(line));
}

/** The components of a structured property (N, ADR, ORG), split on unescaped semicolons. */
export function componentsOf(line: ContentLine): string[] {
  return splitEscaped(encodedTextOf(line), ';').map(unescapeText);
}

/** The values of a list property (CATEGORIES), split on unescaped commas. */
export function listOf(line: ContentLine): string[] {
  return splitEscaped(encodedTextOf(line), ',').map(unescapeText);
}

/**
 * Undoes vCard escapes: `\\`, `\,`, `\;` and `\n` (or `\N`). RFC 6350 lets writers escape `;` in any
 * value and RFC 2426 requires it, so it is undone everywhere. Unknown escapes are kept as written:
 * they usually come from writers that did not escape a backslash (`C:\temp`). Line breaks become `\n`.
 */
export function unescapeText(value: string): string {
  const unescaped = value.includes('\\')
    ? value.replace(/\\([\s\S])/g, (escape, character: string) => {
        if (character === 'n' || character === 'N') return '\n';
        return character === '\\' || character === ',' || character === ';' ? character : escape;
      })
    : value;
  return unescaped.includes('\r') ? unescaped.replace(/\r\n?/g, '\n') : unescaped;
}
