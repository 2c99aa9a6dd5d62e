/** RFC 6350 §3.2 and RFC 2425: content lines should not be longer than 75 octets, line break excluded. */
const MAX_LINE_OCTETS = 75;

/**
 * Escapes text for a property value: backslash, comma and newline always; semicolon where it would
 * otherwise split a value, which is inside a structured value (N, ADR, ORG) and, in 3.0, anywhere
 * (RFC 2426's text grammar has no bare `;`). Line breaks of any kind become `\n`.
 */
export function escapeText(value: string, escapeSemicolon: boolean): string {
  const pattern = escapeSemicolon ? /\r\n|[\\,;\r\n]/g : /\r\n|[\\,\r\n]/g;
  return value.replace(pattern, (character) => {
    if (character === '\\' || character === ',' || character === ';') return `\\${character}`;
    return '\\n';
  });
}

/**
 * Writes a parameter value: RFC 6868 carets for newline, double quote and caret, and double quotes
 * around a value that holds `:`, `;` or `,`, so that readers take it as one value.
 */
export function formatParamValue(value: string): string {
  const encoded = value.replace(/\r\n|[\r\n"^]/g, (character) =>
    character === '^' ? '^^' : character === '"' ? "^'" : '^n',
  );
  return /[:;,]/.test(encoded) ? `"${encoded}"` : encoded;
}

/**
 * Folds a content line into lines of at most 75 octets of UTF-8, each continuation starting with a
 * space. It cuts between code points, never inside a UTF-8 sequence or a surrogate pair, so that every
 * physical line is valid UTF-8 on its own.
 */
export function foldLine(line: string): string {
  if (line.length <= MAX_LINE_OCTETS / 3 || Buffer.byteLength(line, 'utf8') <= MAX_LINE_OCTETS) return line;
  const lines: string[] = [];
  let start = 0;
  // The first line has no leading space; each continuation spends one octet on it.
  let octets = 0;
  for (let index = 0; index < line.length;) {
    const codePoint = line.codePointAt(index) ?? 0;
    const units = codePoint > 0xffff ? 2 : 1;
    const size = codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
    if (octets + size > MAX_LINE_OCTETS) {
      lines.push(line.slice(start, index));
      start = index;
      octets = 1;
    }
    octets += size;
    index += units;
  }
  lines.push(line.slice(start));
  return lines.join('\r\n ');
}
