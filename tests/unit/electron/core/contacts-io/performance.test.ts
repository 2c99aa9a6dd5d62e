import { performance } from 'node:perf_hooks';
import { afterAll, describe, expect, it } from 'vitest';
import { parseCsvContacts, previewCsv } from '../../../../../electron/core/contacts-io/csv/read-csv';
import { writeContactsCsv } from '../../../../../electron/core/contacts-io/csv/write-csv';
import { parseVCards } from '../../../../../electron/core/contacts-io/vcard/read-vcards';
import { writeVCards } from '../../../../../electron/core/contacts-io/vcard/write-vcards';
import { tinyPng } from './support/fixture-builders';
import { sampleContact } from './support/sample-contact';

/** The research's bound (test plan, row 9): any input under 1 MB parses in 200 ms or less. */
const BUDGET_MS = 200;
const MEGABYTE = 1024 * 1024;

/** Repeats `unit` to just under 1 MB. */
const fill = (unit: string, prefix = '', suffix = '') =>
  prefix + unit.repeat(Math.floor((MEGABYTE - 1 - prefix.length - suffix.length) / unit.length)) + suffix;

/**
 * The fastest of three runs: the machine is shared, and the fastest run is the one that measures the
 * parser rather than the neighbours. Catastrophic backtracking would be slow in every run.
 */
function fastestRun<T>(parse: () => T): { ms: number; result: T } {
  let best = { ms: Number.POSITIVE_INFINITY, result: parse() };
  for (let run = 0; run < 3; run++) {
    const start = performance.now();
    const result = parse();
    best = { ms: Math.min(best.ms, performance.now() - start), result };
  }
  return best;
}

const importCsv = (text: string) => parseCsvContacts(text, previewCsv(text).mapping);

const manyContacts = Array.from({ length: 2_000 }, (_, index) => ({
  ...sampleContact,
  id: `0d9b8f6e-3c1a-4e2b-9a7d-${String(index).padStart(12, '0')}`,
  givenName: `Zoë ${index}`,
}));
const vcardFile = writeVCards(manyContacts).slice(0, MEGABYTE - 1);
const csvFile = writeContactsCsv(manyContacts.slice(0, 1_700)).slice(0, MEGABYTE - 1);

const vcardInputs: readonly (readonly [string, string])[] = [
  ['a real export, cut at 1 MB', vcardFile],
  ['one line without a colon', fill('A')],
  ['a name of semicolons', fill(';', 'BEGIN:VCARD\nN:', '\nEND:VCARD\n')],
  ['a value of backslashes', fill('\\', 'BEGIN:VCARD\nN:X;;;;\nNOTE:', '\nEND:VCARD\n')],
  ['200k parameters', fill(';TYPE=a', 'BEGIN:VCARD\nTEL', ':1\nEND:VCARD\n')],
  ['one parameter with 300k values', fill(',a', 'BEGIN:VCARD\nTEL;TYPE=a', ':1\nEND:VCARD\n')],
  ['an unterminated quoted parameter', fill('a', 'BEGIN:VCARD\nTEL;TYPE="', '\nEND:VCARD\n')],
  [
    'quoted-printable soft breaks',
    fill('=\n', 'BEGIN:VCARD\nNOTE;ENCODING=QUOTED-PRINTABLE:', '\nEND:VCARD\n'),
  ],
  ['quoted-printable escapes', fill('=C3=A9', 'BEGIN:VCARD\nN:X\nNOTE;QUOTED-PRINTABLE:', '\nEND:VCARD\n')],
  ['100k empty cards', fill('BEGIN:VCARD\nEND:VCARD\n')],
  ['cards that never end', fill('BEGIN:VCARD\nN:X\n')],
  ['categories of 500k commas', fill(',', 'BEGIN:VCARD\nN:X;;;;\nCATEGORIES:a', 'b\nEND:VCARD\n')],
  ['a photo of 1 MB', fill(tinyPng, 'BEGIN:VCARD\nN:X;;;;\nPHOTO;ENCODING=b:', '\nEND:VCARD\n')],
  ['folded lines', fill('\n a', 'BEGIN:VCARD\nNOTE:', '\nEND:VCARD\n')],
];

const csvInputs: readonly (readonly [string, string])[] = [
  ['a real export, cut at 1 MB', csvFile],
  ['an unclosed quote at byte 0', fill('a,b\n', '"')],
  ['only quotes', fill('"')],
  ['only delimiters', fill(',;\t')],
  ['only line breaks', fill('\n', 'Name\n')],
  ['100k columns', fill('Email,')],
  ['one 1 MB cell', fill('x', 'Notes,Name\n"', '",A\n')],
  [
    '30k rows of a Google layout',
    fill('Anna,a@example.com ::: b@example.com\n', 'First Name,E-mail 1 - Value\n'),
  ],
];

describe('parsing stays linear: every input under 1 MB in 200 ms', () => {
  const timings: string[] = [];
  afterAll(() => console.log(`Fastest of three runs, 1 MB inputs:\n${timings.join('\n')}`));

  it.each(vcardInputs)('vCard: %s', (name, input) => {
    const { ms, result } = fastestRun(() => parseVCards(input));
    timings.push(`  vCard ${name}: ${ms.toFixed(0)} ms`);
    expect(Array.isArray(result.records)).toBe(true);
    expect(ms).toBeLessThanOrEqual(BUDGET_MS);
  });

  // The import flow previews a file, the user confirms the mapping, then the file is parsed: two steps.
  it.each(csvInputs)('CSV: %s', (name, input) => {
    const preview = fastestRun(() => previewCsv(input));
    const { ms, result } = fastestRun(() => parseCsvContacts(input, preview.result.mapping));
    timings.push(`  CSV ${name}: preview ${preview.ms.toFixed(0)} ms, parse ${ms.toFixed(0)} ms`);
    expect(Array.isArray(result.records)).toBe(true);
    expect({ preview: preview.ms <= BUDGET_MS, parse: ms <= BUDGET_MS }).toEqual({
      preview: true,
      parse: true,
    });
  });

  it('reads the real exports it was given, not just survives them', () => {
    expect(parseVCards(vcardFile).records.length).toBeGreaterThan(700);
    expect(importCsv(csvFile).records.length).toBeGreaterThan(1_000);
  });
});
