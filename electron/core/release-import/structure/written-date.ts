import { foldText } from '../../search/fold';

/**
 * Month names of the release languages, folded (no accents, lowercase), January first. A written
 * month may be any prefix of three letters or more of one of them ("Dec.", "déc.", "Sept"), as long
 * as every name it begins means the same month: "jui" (juin or juillet) is refused.
 */
const MONTH_NAMES: readonly (readonly string[])[] = [
  ['january', 'janvier', 'januar', 'janner', 'enero', 'gennaio'],
  ['february', 'fevrier', 'februar', 'feber', 'febrero', 'febbraio'],
  ['march', 'mars', 'marz', 'marzo'],
  ['april', 'avril', 'abril', 'aprile'],
  ['may', 'mai', 'mayo', 'maggio'],
  ['june', 'juin', 'juni', 'junio', 'giugno'],
  ['july', 'juillet', 'juli', 'julio', 'luglio'],
  ['august', 'aout', 'agosto'],
  ['september', 'septembre', 'septiembre', 'setiembre', 'settembre'],
  ['october', 'octobre', 'oktober', 'octubre', 'ottobre'],
  ['november', 'novembre', 'noviembre'],
  ['december', 'decembre', 'dezember', 'diciembre', 'dicembre'],
];

/** Day names, which may open a date ("Tuesday, 3 December 2013", "mardi 3 décembre 2013"). */
const WEEKDAYS =
  '(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|lundi|mardi|mercredi|jeudi|vendredi|' +
  'samedi|dimanche|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonnabend|sonntag|lunes|martes|' +
  'miercoles|jueves|viernes|sabado|domingo|lunedi|martedi|mercoledi|giovedi|venerdi|sabato|domenica)';

/** The month a written name stands for (1–12), or null. */
function monthOfName(name: string): number | null {
  const folded = foldText(name).replace(/\.$/, '');
  if (folded.length < 3) return null;
  const months = new Set<number>();
  MONTH_NAMES.forEach((names, index) => {
    if (names.some((full) => full.startsWith(folded))) months.add(index + 1);
  });
  const [month] = months;
  return months.size === 1 && month !== undefined ? month : null;
}

function isoDate(year: number, month: number, day: number): string | null {
  const date = new Date(Date.UTC(year, month - 1, day));
  // Date.UTC rolls 31 February over into March: a date that does not round-trip does not exist.
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) {
    return null;
  }
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${String(year)}-${pad(month)}-${pad(day)}`;
}

/** A day, perhaps ordinal: 3rd, 1er, 1º (folded to 1o), 3. */
const DAY = String.raw`(\d{1,2})(?:st|nd|rd|th|er|re|o|°|\.)?`;
const MONTH_WORD = String.raw`(\p{L}{3,}\.?)`;
const YEAR = String.raw`(\d{4})`;

/** "3 December 2013", "3. Dezember 2013", "le 1er décembre 2013", "3 de diciembre de 2013". */
const DAY_MONTH_YEAR = new RegExp(
  String.raw`^(?:le |el |den |am |il )?${DAY}\s+(?:de\s+)?${MONTH_WORD}\s+(?:del?\s+)?${YEAR}$`,
  'u',
);
/** "December 3, 2013", "Dec. 3 2013". */
const MONTH_DAY_YEAR = new RegExp(String.raw`^${MONTH_WORD}\s+${DAY},?\s+${YEAR}$`, 'u');
/** "03.12.2013", "3/12/2013", "03-12-2013". */
const NUMERIC = /^(\d{1,2})([./-])(\d{1,2})\2(\d{4})$/;
const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;
const LEADING_WEEKDAY = new RegExp(`^${WEEKDAYS},?\\s+`);

function numericDate(first: number, second: number, year: number): string | null {
  // Day first, as in every release language but American English, unless the numbers rule it out.
  if (first <= 12 && second > 12) return isoDate(year, first, second);
  return isoDate(year, second, first);
}

/**
 * The `YYYY-MM-DD` date that `text` writes, in the common forms of the release languages, or null
 * when it is not a date (or a date that does not exist, such as 31.02.2013). Years have four digits:
 * "03.12.13" says too little about its century and order.
 */
export function parseWrittenDate(text: string): string | null {
  const folded = foldText(text.trim().replace(/\s+/g, ' ')).replace(LEADING_WEEKDAY, '');
  const iso = ISO.exec(folded);
  if (iso) return isoDate(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const numeric = NUMERIC.exec(folded);
  if (numeric) return numericDate(Number(numeric[1]), Number(numeric[3]), Number(numeric[4]));
  const dayFirst = DAY_MONTH_YEAR.exec(folded);
  if (dayFirst) {
    const month = monthOfName(dayFirst[2] ?? '');
    return month === null ? null : isoDate(Number(dayFirst[3]), month, Number(dayFirst[1]));
  }
  const monthFirst = MONTH_DAY_YEAR.exec(folded);
  if (monthFirst) {
    const month = monthOfName(monthFirst[1] ?? '');
    return month === null ? null : isoDate(Number(monthFirst[3]), month, Number(monthFirst[2]));
  }
  return null;
}
