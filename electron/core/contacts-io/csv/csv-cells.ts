import { splitEscaped } from '../split-escaped';
import type { CsvListStyle, EmailLabel, PhoneKind } from './csv-mapping';

/**
 * Cells that a spreadsheet would run as a formula (OWASP, "CSV Injection"): they start with
 * = + - @ tab or carriage return. We prefix them with a single quote, and also cells that start with
 * a quote, so that reading the file back can remove exactly the quotes we added.
 */
export const formulaTrigger = /^[=+\-@\t\r']/;

/** Removes the quote that {@link formulaTrigger} made a writer put before a cell. */
export function unescapeFormula(cell: string): string {
  return cell.startsWith("'") && formulaTrigger.test(cell.slice(1, 2)) ? cell.slice(1) : cell;
}

/** Separator of list items in our cells: spaces around it keep the cell readable in a spreadsheet. */
const LIST_SEPARATOR = ' ; ';

/** Writes a list in one cell, `a ; b`, escaping `;` and `\` inside items with a backslash. */
export function joinListCell(items: readonly string[]): string {
  return items.map((item) => item.replace(/[\\;]/g, (character) => `\\${character}`)).join(LIST_SEPARATOR);
}

/** Reads a list cell written in `style` into trimmed, non-empty items. */
export function splitListCell(cell: string, style: CsvListStyle): string[] {
  const items =
    style === 'google-labels'
      ? splitMultipleValues(cell).filter((label) => !label.startsWith('* '))
      : splitEscaped(cell, ';').map((item) => item.replace(/\\([\\;])/g, '$1'));
  return items.map((item) => item.trim()).filter((item) => item !== '');
}

/** Google puts several values of one column in one cell, separated by ` ::: `. */
export function splitMultipleValues(cell: string): string[] {
  return cell.split(' ::: ');
}

const yes = new Set(['yes', 'y', 'true', '1', 'x', 'oui', 'vrai', 'ja', 'wahr']);
const no = new Set(['', 'no', 'n', 'false', '0', 'non', 'faux', 'nein', 'falsch']);

/** Reads a yes/no cell (English, French or German words, 1/0, x); null when it is neither. */
export function parseYesNo(cell: string): boolean | null {
  const word = cell.trim().toLowerCase();
  if (yes.has(word)) return true;
  return no.has(word) ? false : null;
}

/** Reads an email label cell: ours (`work`), Google's (`* Work`, `Home`) or anything naming them. */
export function emailLabelFromCell(cell: string): EmailLabel | null {
  const label = cell.toLowerCase();
  if (/work|business|bureau|travail|gesch/.test(label)) return 'work';
  if (/home|personal|private|domicile|privé|privat/.test(label)) return 'home';
  return /other|autre|andere/.test(label) ? 'other' : null;
}

/** Reads a phone kind cell: ours (`mobile`), Google's (`Mobile`, `Work Fax`) or anything naming them. */
export function phoneKindFromCell(cell: string): PhoneKind | null {
  const kind = cell.toLowerCase();
  if (/fax|télécopie/.test(kind)) return 'fax';
  if (/mobile|cell|portable|handy|mobil/.test(kind)) return 'mobile';
  return kind.trim() === '' ? null : 'tel';
}
