import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseCsvContacts, previewCsv } from '../../../../../electron/core/contacts-io/csv/read-csv';
import { writeContactsCsv } from '../../../../../electron/core/contacts-io/csv/write-csv';
import type { ImportResult } from '../../../../../electron/core/contacts-io/import-result';
import { parseVCards } from '../../../../../electron/core/contacts-io/vcard/read-vcards';
import { writeVCards } from '../../../../../electron/core/contacts-io/vcard/write-vcards';
import { contactFieldsSchema } from '../../../../../electron/shared/schemas/contact';
import { contactFixtureFiles } from './support/contact-fixtures';
import { sampleContact } from './support/sample-contact';

/** Per format: 10,000 mutants in all, plus 2,000 arbitrary inputs. */
const MUTANT_RUNS = 5_000;
const ARBITRARY_RUNS = 1_000;

type Mutation = (bytes: Uint8Array) => Uint8Array;

const latin1 = (bytes: Uint8Array) => Buffer.from(bytes).toString('latin1');
const fromLatin1 = (text: string) => new Uint8Array(Buffer.from(text, 'latin1'));

/** The mutations of the research's test plan (row 9, iii), each with its random choices. */
const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.nat().map(
    (at): Mutation =>
      (bytes) =>
        bytes.slice(0, at % (bytes.length + 1)),
  ),
  fc
    .array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 8 })
    .map((flips): Mutation => (bytes) => {
      const flipped = bytes.slice();
      for (const [at, value] of flips) if (flipped.length > 0) flipped[at % flipped.length] = value;
      return flipped;
    }),
  fc
    .tuple(fc.nat(), fc.constantFrom([0xef, 0xbb, 0xbf], [0xff, 0xfe], [0xfe, 0xff]))
    .map(([at, bom]): Mutation => (bytes) => {
      const cut = at % (bytes.length + 1);
      return Uint8Array.from([...bytes.slice(0, cut), ...bom, ...bytes.slice(cut)]);
    }),
  fc.constant<Mutation>((bytes) => fromLatin1(latin1(bytes).replace(/\r\n/g, '\n'))),
  fc.constant<Mutation>((bytes) => fromLatin1(latin1(bytes).replace(/\r?\n/g, '\r\n'))),
  fc.constant<Mutation>((bytes) => fromLatin1(latin1(bytes).replace(/END:VCARD/gi, ''))),
  fc.constant<Mutation>(
    (bytes) => new Uint8Array(Buffer.from(Buffer.from(bytes).toString('utf8'), 'utf16le')),
  ),
  fc.constant<Mutation>((bytes) => fromLatin1(Buffer.from(bytes).toString('utf8'))),
);

/** Every record of a result is a valid contact, and every error says which record and why. */
function expectWellFormed(result: ImportResult): void {
  for (const { photo: _photo, ...fields } of result.records) {
    expect(contactFieldsSchema.safeParse(fields).success).toBe(true);
  }
  for (const error of result.errors) {
    expect(error.record).toBeGreaterThanOrEqual(0);
    expect(error.reason).not.toBe('');
  }
}

function importCsv(input: string | Uint8Array): ImportResult {
  return parseCsvContacts(input, previewCsv(input).mapping);
}

const fixtures = Object.entries(contactFixtureFiles());
const vcardFiles = [
  ...fixtures.filter(([name]) => name.endsWith('.vcf')).map(([, bytes]) => bytes),
  new Uint8Array(Buffer.from(writeVCards([sampleContact]))),
  new Uint8Array(Buffer.from(writeVCards([sampleContact], { version: '3.0' }))),
];
const csvFiles = [
  ...fixtures.filter(([name]) => name.endsWith('.csv')).map(([, bytes]) => bytes),
  new Uint8Array(Buffer.from(writeContactsCsv([sampleContact]))),
];

describe('importers never throw on damaged files', () => {
  it('vCard: truncated, flipped, BOM-inserted, CRLF/LF-swapped, END-less and transcoded files', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...vcardFiles),
        fc.array(mutation, { minLength: 1, maxLength: 3 }),
        (file, steps) => {
          expectWellFormed(parseVCards(steps.reduce((bytes, step) => step(bytes), file)));
        },
      ),
      { numRuns: MUTANT_RUNS },
    );
  });

  it('CSV: the same mutations', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...csvFiles),
        fc.array(mutation, { minLength: 1, maxLength: 3 }),
        (file, steps) => {
          expectWellFormed(importCsv(steps.reduce((bytes, step) => step(bytes), file)));
        },
      ),
      { numRuns: MUTANT_RUNS },
    );
  });

  it('arbitrary bytes and strings', () => {
    const input = fc.oneof(
      fc.uint8Array({ maxLength: 400 }),
      fc.string({ unit: 'binary', maxLength: 400 }),
      fc.string({
        unit: fc.constantFrom('BEGIN:VCARD\n', 'END:VCARD\n', 'N:', ';', ',', '"', '=', '\\', '\r\n', 'a'),
        maxLength: 60,
      }),
    );
    fc.assert(
      fc.property(input, (file) => {
        expectWellFormed(parseVCards(file));
        expectWellFormed(importCsv(file));
      }),
      { numRuns: ARBITRARY_RUNS },
    );
  });
});
