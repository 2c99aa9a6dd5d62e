/**
 * Fills a reference pattern such as `DC {n}({yyyy})`: `{n}` is the number (`{nnn}` pads it to three
 * digits), `{yyyy}` and `{yy}` the year.
 */
export function formatReference(pattern: string, number: number, year: number): string {
  return pattern
    .replace(/\{(n+)\}/g, (_match, digits: string) => String(number).padStart(digits.length, '0'))
    .replace(/\{yyyy\}/g, String(year))
    .replace(/\{yy\}/g, String(year).slice(-2));
}

/**
 * The next free number for `year`: one more than the last one given, skipping any reference that
 * already exists (typed by hand, or imported), so that no number is ever given twice.
 */
export function nextReference(
  pattern: string,
  year: number,
  lastGiven: number,
  taken: ReadonlySet<string>,
): { reference: string; number: number } {
  for (let number = lastGiven + 1; ; number += 1) {
    const reference = formatReference(pattern, number, year);
    if (!taken.has(reference)) return { reference, number };
  }
}
