/**
 * Splits text on a separator that is not escaped with a backslash. An escape always takes the next
 * character, so `a\\;b` is `a\\` then `b`: a value may end with an escaped backslash (ical.js looks
 * one character back and gets this wrong). The parts keep their escapes.
 */
export function splitEscaped(value: string, separator: string): string[] {
  const parts: string[] = [];
  let start = 0;
  for (let index = 0; index < value.length; index++) {
    if (value[index] === '\\') index++;
    else if (value[index] === separator) {
      parts.push(value.slice(start, index));
      start = index + 1;
    }
  }
  parts.push(value.slice(start));
  return parts;
}
