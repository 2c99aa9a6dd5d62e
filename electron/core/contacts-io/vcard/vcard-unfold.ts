import type { PhysicalLine } from './vcard-cards';
import { declaresBase64, declaresQuotedPrintable, isBase64Continuation } from './vcard21';

/** The versions of vCard there are. A card without a VERSION line is read as 3.0. */
export type VCardVersion = '2.1' | '3.0' | '4.0';

/** A content line once folded lines are joined, numbered by the physical line it starts on. */
export interface LogicalLine {
  number: number;
  text: string;
}

/** The version a card declares, or 3.0, which most writers without a VERSION line follow. */
export function versionOf(lines: readonly PhysicalLine[]): VCardVersion {
  for (const { text } of lines) {
    const match = /^VERSION[ \t]*:[ \t]*([0-9.]+)/i.exec(text);
    if (match?.[1] === '2.1' || match?.[1] === '4.0') return match[1];
    if (match) return '3.0';
  }
  return '3.0';
}

/**
 * Joins folded lines. In 3.0 and 4.0 a line that starts with a space or tab continues the previous
 * one without that character. In 2.1 the whitespace is kept (RFC 822 folding), a quoted-printable
 * line ending in `=` continues on the next line whatever it starts with, and the lines of a base64
 * block need not be indented. Blank lines separate nothing and are dropped.
 */
export function unfoldLines(lines: readonly PhysicalLine[], version: VCardVersion): LogicalLine[] {
  const logical: LogicalLine[] = [];
  let current: { number: number; parts: string[]; quotedPrintable: boolean; base64: boolean } | null = null;
  let softBreak = false;

  const finish = () => {
    if (current) logical.push({ number: current.number, text: current.parts.join('') });
    current = null;
    softBreak = false;
  };

  for (const line of lines) {
    const { text } = line;
    if (current && softBreak) {
      current.parts.push(text);
    } else if (current && (text.startsWith(' ') || text.startsWith('\t'))) {
      current.parts.push(version === '2.1' ? text : text.slice(1));
    } else if (current && version === '2.1' && current.base64 && isBase64Continuation(text)) {
      current.parts.push(text);
    } else if (text.trim() === '') {
      finish();
      continue;
    } else {
      finish();
      current = {
        number: line.number,
        parts: [text],
        quotedPrintable: declaresQuotedPrintable(text),
        base64: declaresBase64(text),
      };
    }
    // Writers that use quoted-printable outside 2.1 use its soft breaks too, so honour them always.
    const last = current.parts.at(-1) ?? '';
    // On the first line, the `=` must be in the value, not in a parameter.
    softBreak =
      current.quotedPrintable && last.endsWith('=') && (current.parts.length > 1 || last.includes(':'));
    if (softBreak) current.parts[current.parts.length - 1] = last.slice(0, -1);
  }
  finish();
  return logical;
}
