import { decodeWithCharset } from '../text-encoding';

/*
 * What vCard 2.1 does differently from 3.0 and 4.0, and what RFC-minded parsers (ical.js among them)
 * reject: parameters without a name (`TEL;CELL;WORK`), quoted-printable values whose lines end in a
 * soft break (`=`) instead of being folded, CHARSET parameters for the bytes those values encode,
 * and base64 blocks whose lines are not indented and end at a blank line.
 */

/** Parameter names that a bare 2.1 parameter value implies; any other bare value is a TYPE. */
const bareEncodings = new Set(['QUOTED-PRINTABLE', 'BASE64', 'B', '8BIT', '7BIT']);

/** The parameter that a 2.1 bare value such as `CELL` or `QUOTED-PRINTABLE` stands for. */
export function nameOfBareParameter(value: string): 'ENCODING' | 'TYPE' {
  return bareEncodings.has(value.toUpperCase()) ? 'ENCODING' : 'TYPE';
}

/** Whether the part of a content line before its value declares quoted-printable encoding. */
export function declaresQuotedPrintable(line: string): boolean {
  const colon = line.indexOf(':');
  const head = colon === -1 ? line : line.slice(0, colon);
  return head.toUpperCase().includes('QUOTED-PRINTABLE');
}

/** Whether the part of a content line before its value declares base64 (2.1 photos). */
export function declaresBase64(line: string): boolean {
  const colon = line.indexOf(':');
  const head = (colon === -1 ? line : line.slice(0, colon)).toUpperCase();
  return head.includes('BASE64') || head.includes('ENCODING=B');
}

/** Whether a line can only be the continuation of a 2.1 base64 block (it has no property name). */
export function isBase64Continuation(line: string): boolean {
  return /^[A-Za-z0-9+/=]+$/.test(line.trim());
}

/**
 * Decodes a quoted-printable value: `=XX` escapes give bytes, read in the declared charset. A stray
 * `=` is kept as written, as lenient readers do. Characters beyond ASCII, which a QP value should not
 * hold, were already decoded with the file and are kept as they are.
 */
export function decodeQuotedPrintable(value: string, charset: string | undefined): string {
  let text = '';
  let bytes: number[] = [];
  const flushBytes = () => {
    if (bytes.length > 0) text += decodeWithCharset(Uint8Array.from(bytes), charset);
    bytes = [];
  };
  for (let index = 0; index < value.length; index++) {
    const code = value.charCodeAt(index);
    if (code === 0x3d && isHexDigit(value.charCodeAt(index + 1)) && isHexDigit(value.charCodeAt(index + 2))) {
      bytes.push(Number.parseInt(value.slice(index + 1, index + 3), 16));
      index += 2;
    } else if (code < 0x80) {
      bytes.push(code);
    } else {
      flushBytes();
      text += value[index];
    }
  }
  flushBytes();
  return text;
}

function isHexDigit(code: number): boolean {
  return (code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x46) || (code >= 0x61 && code <= 0x66);
}
