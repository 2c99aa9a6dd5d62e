import { execFileSync } from 'node:child_process';

/** What poppler's command-line tools say about a PDF file, for the tests to read the PDF itself. */

function run(tool: string, args: string[]): string {
  return execFileSync(tool, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
}

/** The text of one page in reading order (pdftotext without -layout), whitespace folded to spaces. */
export function pageText(path: string, page: number): string {
  return run('pdftotext', ['-f', String(page), '-l', String(page), '-enc', 'UTF-8', path, '-'])
    .replace(/\s+/g, ' ')
    .trim();
}

/** The text of every page, in order. */
export function pageTexts(path: string, pages: number): string[] {
  return Array.from({ length: pages }, (_, index) => pageText(path, index + 1));
}

/** pdfinfo's fields (Title, Author, Tagged, Pages…), with dates in ISO 8601. */
export function pdfInfo(path: string): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const line of run('pdfinfo', ['-isodates', '-enc', 'UTF-8', path]).split('\n')) {
    const match = /^([^:]+):\s*(.*)$/.exec(line);
    if (match?.[1] && match[2] !== undefined) fields[match[1]] = match[2].trim();
  }
  return fields;
}

/** The size of each page in points, from pdfinfo. */
export function pageSizes(path: string, pages: number): Array<{ width: number; height: number }> {
  const output = run('pdfinfo', ['-f', '1', '-l', String(pages), path]);
  return Array.from(output.matchAll(/^Page\s+\d+ size:\s+([\d.]+) x ([\d.]+) pts/gm), (match) => ({
    width: Number(match[1]),
    height: Number(match[2]),
  }));
}

export interface PdfFont {
  name: string;
  type: string;
  embedded: boolean;
}

/** The fonts the PDF uses, from pdffonts. */
export function pdfFonts(path: string): PdfFont[] {
  const lines = run('pdffonts', [path]).split('\n').slice(2);
  return lines
    .filter((line) => line.trim() !== '')
    .map((line) => {
      // name, type (may hold spaces), encoding, then emb sub uni as yes/no, object number, generation.
      const match = /^(\S+)\s+(.+?)\s+(\S+)\s+(yes|no)\s+(yes|no)\s+(yes|no)\s+\d+\s+\d+\s*$/.exec(line);
      if (!match) throw new Error(`Unexpected pdffonts line: ${line}`);
      return { name: match[1]!, type: match[2]!, embedded: match[4] === 'yes' };
    });
}

/** Renders each page to `<prefix>-<n>.png` at `dpi`. */
export function renderPagesToPng(path: string, prefix: string, dpi: number): void {
  run('pdftoppm', ['-png', '-r', String(dpi), path, prefix]);
}
