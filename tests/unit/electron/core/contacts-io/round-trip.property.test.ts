import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseCsvContacts, previewCsv } from '../../../../../electron/core/contacts-io/csv/read-csv';
import { writeContactsCsv } from '../../../../../electron/core/contacts-io/csv/write-csv';
import { parseVCards } from '../../../../../electron/core/contacts-io/vcard/read-vcards';
import { writeVCards } from '../../../../../electron/core/contacts-io/vcard/write-vcards';
import { contactFields, contacts, fieldsOf } from './support/contact-arbitrary';

/** Per format; the research's test plan asks for 2,000. */
const RUNS = 2_000;

/** The file as the import receives it: sometimes text, sometimes the UTF-8 bytes of a file. */
const asTextOrBytes = (text: string, bytes: boolean) =>
  bytes ? new Uint8Array(Buffer.from(text, 'utf8')) : text;

describe('export then import gives back the same contacts', () => {
  for (const version of ['4.0', '3.0'] as const) {
    it(`through vCard ${version}`, () => {
      fc.assert(
        fc.property(contacts(), fc.boolean(), (generated, bytes) => {
          const file = asTextOrBytes(writeVCards(generated, { version }), bytes);
          expect(parseVCards(file)).toEqual({ records: generated.map(fieldsOf), errors: [] });
        }),
        { numRuns: RUNS },
      );
    });
  }

  it('through CSV, with any of the three delimiters, recognised as our own layout', () => {
    fc.assert(
      fc.property(
        fc.array(contactFields(), { minLength: 1, maxLength: 3 }),
        fc.constantFrom(',' as const, ';' as const, '\t' as const),
        fc.boolean(),
        (generated, delimiter, bytes) => {
          const file = asTextOrBytes(writeContactsCsv(generated, { delimiter }), bytes);
          const preview = previewCsv(file);
          expect(preview).toMatchObject({ layout: 'newsroom', delimiter, errors: [] });
          expect(parseCsvContacts(file, preview.mapping)).toEqual({ records: generated, errors: [] });
        },
      ),
      { numRuns: RUNS },
    );
  });
});
