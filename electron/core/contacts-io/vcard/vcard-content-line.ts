import { nameOfBareParameter } from './vcard21';

/** One property of a card, split but not yet decoded. */
export interface ContentLine {
  /** Lower-cased group (`item1` in `item1.EMAIL`), which ties Apple's X-ABLabel to its property. */
  group: string | null;
  /** Upper-cased property name. */
  name: string;
  /** Parameter values by upper-cased name, in order, with RFC 6868 carets decoded. */
  params: ReadonlyMap<string, readonly string[]>;
  /** The value as written: still escaped, and still encoded if ENCODING says so. */
  value: string;
}

const propertyName = /^(?:([A-Za-z0-9_-]+)\.)?([A-Za-z0-9_-]+)$/;

/**
 * Splits an unfolded content line, `[group.]NAME *(;param[=value[,value]]) : value`, in one pass
 * with no backtracking, so that hostile input costs linear time. Parameter values may be quoted
 * (and then hold `:`, `;` and `,`); 2.1's bare parameters (`TEL;CELL`) become TYPE or ENCODING
 * values. Returns null for a line that is not a property.
 */
export function parseContentLine(line: string): ContentLine | null {
  let index = 0;
  while (index < line.length && line[index] !== ';' && line[index] !== ':') index++;
  const name = propertyName.exec(line.slice(0, index).trim());
  if (!name?.[2]) return null;

  const params = new Map<string, string[]>();
  const addParam = (key: string, values: string[]) => {
    const known = params.get(key);
    if (!known) params.set(key, values);
    // A loop, not push(...values): spreading a hostile list of 500k values overflows the stack.
    else for (const value of values) known.push(value);
  };
  while (line[index] === ';') {
    index++;
    const start = index;
    while (index < line.length && !isOneOf(line[index], ';:=')) index++;
    const key = line.slice(start, index).trim().toUpperCase();
    if (line[index] === '=') {
      index++;
      const values: string[] = [];
      for (;;) {
        if (line[index] === '"') {
          const close = line.indexOf('"', index + 1);
          if (close === -1) return null;
          values.push(line.slice(index + 1, close));
          index = close + 1;
          // Anything between a closing quote and the next separator is kept with the value.
          const rest = index;
          while (index < line.length && !isOneOf(line[index], ',;:')) index++;
          if (index > rest) values[values.length - 1] += line.slice(rest, index);
        } else {
          const start = index;
          while (index < line.length && !isOneOf(line[index], ',;:')) index++;
          values.push(line.slice(start, index));
        }
        if (line[index] !== ',') break;
        index++;
      }
      if (key !== '') addParam(key, values.map(decodeCarets));
    } else if (key !== '') {
      addParam(nameOfBareParameter(key), [key]);
    }
  }
  if (line[index] !== ':') return null;
  return {
    group: name[1]?.toLowerCase() ?? null,
    name: name[2].toUpperCase(),
    params,
    value: line.slice(index + 1),
  };
}

function isOneOf(character: string | undefined, characters: string): boolean {
  return character !== undefined && characters.includes(character);
}

/** RFC 6868: `^n` is a newline, `^'` a double quote and `^^` a caret in a parameter value. */
function decodeCarets(value: string): string {
  if (!value.includes('^')) return value;
  return value.replace(/\^([n'^])/g, (_match, code: string) =>
    code === 'n' ? '\n' : code === "'" ? '"' : '^',
  );
}
