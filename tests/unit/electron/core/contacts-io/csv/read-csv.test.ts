import { describe, expect, it } from 'vitest';
import { detectDelimiter } from '../../../../../../electron/core/contacts-io/csv/csv-table';
import { parseCsvContacts, previewCsv } from '../../../../../../electron/core/contacts-io/csv/read-csv';
import { MAX_CSV_COLUMNS, MAX_IMPORT_BYTES } from '../../../../../../electron/core/contacts-io/import-limits';
import { expectedContact } from '../support/expected-contact';

const nameAndEmail = {
  Name: { field: 'fullName' },
  Email: { field: 'email', label: 'work' },
} as const;

describe('detectDelimiter', () => {
  it('finds the comma, the semicolon and the tab', () => {
    expect(detectDelimiter('a,b,c\n1,2,3\n')).toBe(',');
    expect(detectDelimiter('a;b;c\n"1,5";"2,5";3\n')).toBe(';');
    expect(detectDelimiter('a\tb\n1\t2\n')).toBe('\t');
  });

  it('judges by consistency: a semicolon file whose cells hold commas stays a semicolon file', () => {
    expect(detectDelimiter('Nom;Notes\nDupont;"Lundi, mardi, jeudi"\nMartin;Vendredi\n')).toBe(';');
  });

  it('decides on a header alone, and falls back to the comma', () => {
    expect(detectDelimiter('Prénom;Nom;Société\n')).toBe(';');
    expect(detectDelimiter('Name\nAnna\n')).toBe(',');
  });
});

describe('previewCsv', () => {
  it('returns the headers, the first rows, the delimiter, the layout and a mapping', () => {
    const text = 'Name;Email\nAnna Lind;anna@example.com\nBo Ek;bo@example.com\nCé Lo;ce@example.com\n';
    expect(previewCsv(text, 2)).toEqual({
      headers: ['Name', 'Email'],
      rows: [
        ['Anna Lind', 'anna@example.com'],
        ['Bo Ek', 'bo@example.com'],
      ],
      delimiter: ';',
      layout: 'unknown',
      mapping: { Name: { field: 'fullName' }, Email: { field: 'email', label: 'other' } },
      errors: [],
    });
  });

  it('makes headers unique and names empty ones, since the mapping is keyed by them', () => {
    expect(previewCsv('Email,Email,,Notes\n').headers).toEqual(['Email', 'Email (2)', 'Column 3', 'Notes']);
  });

  it('reports a file it cannot read at all', () => {
    expect(previewCsv('').errors).toEqual([{ record: 0, reason: 'The file is empty.' }]);
    expect(previewCsv(new Uint8Array(MAX_IMPORT_BYTES + 1024 * 1024)).errors).toEqual([
      { record: 0, reason: 'The file is 51.0 MB; files over 50 MB cannot be imported.' },
    ]);
  });
});

describe('parseCsvContacts', () => {
  it('counts rows as a spreadsheet does and gives the line where each row starts', () => {
    const text = [
      'Name,Email',
      '"Anna Lind","anna@example.com"',
      '',
      '"Bo Ek, with a note',
      'over two lines",not-an-email',
      'Cé Lo,ce@example.com',
      'Dag Ås,',
    ].join('\r\n');
    expect(parseCsvContacts(text, nameAndEmail)).toEqual({
      records: [
        expectedContact({
          givenName: 'Anna',
          familyName: 'Lind',
          emails: [{ address: 'anna@example.com', label: 'work' }],
        }),
        expectedContact({
          givenName: 'Cé',
          familyName: 'Lo',
          emails: [{ address: 'ce@example.com', label: 'work' }],
        }),
        expectedContact({ givenName: 'Dag', familyName: 'Ås' }),
      ],
      errors: [{ record: 3, line: 4, reason: 'The email 1 "not-an-email" is not a valid email address.' }],
    });
  });

  it('reads files that mix CRLF and LF, and gives cells LF line breaks', () => {
    const { records } = parseCsvContacts('Name,Notes\r\nAnna Lind,"one\r\ntwo"\nBo Ek,three\r\n', {
      Name: { field: 'fullName' },
      Notes: { field: 'notes' },
    });
    expect(records.map((record) => record.notes)).toEqual(['one\ntwo', 'three']);
  });

  it('reads bytes in UTF-16 and windows-1252', () => {
    const text = 'Name,Email\r\nZoë Ægidius,zoe@example.com\r\n';
    const utf16 = new Uint8Array(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]));
    const windows1252 = new Uint8Array(Buffer.from(text, 'latin1'));
    for (const bytes of [utf16, windows1252]) {
      expect(parseCsvContacts(bytes, nameAndEmail).records[0]).toMatchObject({
        givenName: 'Zoë',
        familyName: 'Ægidius',
      });
    }
  });

  it('pairs Google’s " ::: " values with the labels in the same position', () => {
    const text =
      'First Name,E-mail 1 - Label,E-mail 1 - Value\nAnna,* Work ::: Home,a@example.com ::: b@example.com\n';
    expect(parseCsvContacts(text, previewCsv(text).mapping).records[0]?.emails).toEqual([
      { address: 'a@example.com', label: 'work' },
      { address: 'b@example.com', label: 'home' },
    ]);
  });

  it('joins several columns mapped to one field, and takes the city from the address when no column gives it', () => {
    const text = 'First,Middle,Street,Street 2,Town\nAnna,Maria,Storgatan 1,Våning 2,Lund\n';
    const { records } = parseCsvContacts(text, {
      First: { field: 'givenName' },
      Middle: { field: 'givenName' },
      Street: { field: 'address', part: 'street' },
      'Street 2': { field: 'address', part: 'street' },
      Town: { field: 'address', part: 'city' },
    });
    expect(records[0]).toMatchObject({
      givenName: 'Anna Maria',
      city: 'Lund',
      address: { street: 'Storgatan 1\nVåning 2', postalCode: '', city: 'Lund', region: '', country: '' },
    });
  });

  it('ignores what the mapping does not name, even a header called "constructor"', () => {
    const text = 'constructor,Name,Email\nx,Anna Lind,anna@example.com\n';
    expect(parseCsvContacts(text, nameAndEmail).records[0]?.emails).toEqual([
      { address: 'anna@example.com', label: 'work' },
    ]);
    expect(parseCsvContacts(text, {}).errors).toEqual([
      { record: 0, line: 1, reason: 'No column is mapped to a contact field.' },
    ]);
  });

  it('refuses a header wider than any contacts file, or with broken quotes, and reads nothing', () => {
    const wide = `${Array.from({ length: MAX_CSV_COLUMNS + 1 }, (_, index) => `C${index}`).join(',')}\n`;
    const refusal = {
      records: [],
      errors: [
        { record: 0, line: 1, reason: 'The header row has 1001 columns; a contacts file has at most 1000.' },
      ],
    };
    expect(parseCsvContacts(wide, { C1: { field: 'notes' } })).toEqual(refusal);
    expect(previewCsv(wide)).toMatchObject({ headers: [], mapping: {}, errors: refusal.errors });
    expect(parseCsvContacts('"Name,Email\nAnna,a@example.com\n', nameAndEmail).errors).toEqual([
      {
        record: 0,
        line: 1,
        reason:
          'The header row is unreadable. A quoted cell is never closed, so the rest of the file could not be read.',
      },
    ]);
  });

  it('reports a stray quote inside an unquoted cell', () => {
    expect(parseCsvContacts('Name,Email\n"Anna" Lind,anna@example.com\n', nameAndEmail).errors).toEqual([
      {
        record: 1,
        line: 2,
        reason:
          'A quote is misplaced in the row: a cell that contains a quote must be quoted, its quotes doubled.',
      },
    ]);
  });
});
