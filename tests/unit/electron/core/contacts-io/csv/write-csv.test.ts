import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { previewCsv } from '../../../../../../electron/core/contacts-io/csv/read-csv';
import { writeContactsCsv } from '../../../../../../electron/core/contacts-io/csv/write-csv';
import { blankContactFields } from '../../../../../../electron/shared/schemas/contact';
import { contactFields } from '../support/contact-arbitrary';
import { sampleContact } from '../support/sample-contact';

/** The cells of a CSV file as a spreadsheet sees them (no unescaping of our quotes). */
function cellsOf(csv: string, delimiter = ','): string[][] {
  return Papa.parse<string[]>(csv.replace(/^\uFEFF/, ''), {
    delimiter,
    newline: '\r\n',
    skipEmptyLines: true,
  }).data;
}

describe('writeContactsCsv', () => {
  it('writes UTF-8 with a BOM, one column per field, numbered email/phone/social columns, CRLF rows', () => {
    const csv = writeContactsCsv([sampleContact]);
    expect(
      csv.startsWith('\uFEFFGiven name,Family name,Role,Organisation,Beats,Languages,City,Country,'),
    ).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    const [headers, row] = cellsOf(csv);
    expect(Object.fromEntries((headers ?? []).map((header, index) => [header, row?.[index]]))).toEqual({
      'Given name': 'Zoë',
      'Family name': 'Ní Bhriain, Jr.',
      Role: 'Editor; politics',
      Organisation: 'Raidió Sampla; Nuacht',
      Beats: 'politics ; EU, trade',
      Languages: 'ga ; en',
      City: 'Lyon',
      Country: 'France',
      'Email 1': 'zoe@example.com',
      'Email 1 label': 'work',
      'Email 2': 'z@example.org',
      'Email 2 label': 'other',
      'Phone 1': "'+353 1 000 0000",
      'Phone 1 kind': 'tel',
      'Phone 2': "'+353 87 000 0000",
      'Phone 2 kind': 'mobile',
      'Phone 3': "'+353 1 000 0001",
      'Phone 3 kind': 'fax',
      Street: '1 Sráid na hEaglaise\nAonad 4',
      'Postal code': 'D02 XY45',
      'Address city': 'Baile Átha Cliath',
      Region: '',
      'Address country': 'Éire',
      Website: 'https://example.com/zoe',
      'Social 1 network': 'mastodon',
      'Social 1 handle': "'@zoe@social.example.org",
      Tags: 'radio',
      Notes: `Back\\slash, comma; semicolon\nand a long tail: ${'é'.repeat(40)}`,
      'Pitching preferences': "'=Email first.",
      'Do not contact': 'yes',
      'Consent basis': 'consent',
      'Consent date': '2024-02-01',
      Source: 'Trade fair',
      'Last verified': '2024-06-01',
    });
  });

  it('escapes a semicolon or a backslash inside a list item', () => {
    const [headers, row] = cellsOf(
      writeContactsCsv([{ ...blankContactFields(), tags: ['R&D; labs', 'a\\b'] }]),
    );
    expect(row?.[headers?.indexOf('Tags') ?? -1]).toBe('R&D\\; labs ; a\\\\b');
  });

  it('writes as many numbered columns as the contact with the most values needs, one at least', () => {
    const headers = (csv: string) =>
      cellsOf(csv)[0]?.filter((header) => /^(Email|Phone|Social) \d/.test(header));
    expect(headers(writeContactsCsv([]))).toEqual([
      'Email 1',
      'Email 1 label',
      'Phone 1',
      'Phone 1 kind',
      'Social 1 network',
      'Social 1 handle',
    ]);
    const emails = [1, 2, 3].map((n) => ({ address: `a${n}@example.com`, label: 'work' as const }));
    expect(headers(writeContactsCsv([{ ...blankContactFields(), emails }]))).toContain('Email 3 label');
  });

  it('writes with ";" for spreadsheets that expect it, and reads back as our layout', () => {
    const csv = writeContactsCsv([sampleContact], { delimiter: ';' });
    expect(previewCsv(csv)).toMatchObject({ delimiter: ';', layout: 'newsroom', errors: [] });
  });

  it('never leaves a cell that a spreadsheet would run as a formula (OWASP CSV injection)', () => {
    fc.assert(
      fc.property(fc.array(contactFields(), { minLength: 1, maxLength: 3 }), (contacts) => {
        for (const row of cellsOf(writeContactsCsv(contacts))) {
          for (const cell of row) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
        }
      }),
      { numRuns: 500 },
    );
  });
});
