/** Helpers and images shared by the contact fixtures. */

/** A 1×1 PNG and a 1×1 GIF: the smallest real images, for PHOTO properties. */
export const tinyPng =
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==';
export const tinyGif = 'R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7';

/** Lines joined with CRLF, as most exporters write them, ending with a line break. */
export const crlf = (lines: readonly string[]) => `${lines.join('\r\n')}\r\n`;
/** Lines joined with LF, as some exporters write them. */
export const lf = (lines: readonly string[]) => `${lines.join('\n')}\n`;

/** A CSV file from a header and rows given by column name, quoted the way spreadsheets quote. */
export function csv(
  headers: readonly string[],
  rows: readonly Readonly<Record<string, string>>[],
  { delimiter = ',', newline = '\r\n', trailingDelimiter = false } = {},
): string {
  const quote = (cell: string) =>
    /["\r\n]/.test(cell) || cell.includes(delimiter) ? `"${cell.replace(/"/g, '""')}"` : cell;
  const line = (cells: readonly string[]) =>
    cells.map(quote).join(delimiter) + (trailingDelimiter ? delimiter : '');
  for (const row of rows) {
    const unknown = Object.keys(row).filter((key) => !headers.includes(key));
    if (unknown.length > 0) throw new Error(`Fixture row names unknown columns: ${unknown.join(', ')}`);
  }
  return (
    [line(headers), ...rows.map((row) => line(headers.map((header) => row[header] ?? '')))].join(newline) +
    newline
  );
}
