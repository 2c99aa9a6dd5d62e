import { describe, expect, it } from 'vitest';
import { parseCsvContacts, previewCsv } from '../../../../../../electron/core/contacts-io/csv/read-csv';
import type { ImportResult } from '../../../../../../electron/core/contacts-io/import-result';
import { expectedContact } from '../support/expected-contact';
import { readContactFixture } from '../support/read-fixture';

/** Reads a fixture the way the import flow does: preview, then parse with the suggested mapping. */
function importFixture(name: string): ImportResult & { layout: string; delimiter: string } {
  const bytes = readContactFixture(name);
  const preview = previewCsv(bytes);
  return {
    layout: preview.layout,
    delimiter: preview.delimiter,
    ...parseCsvContacts(bytes, preview.mapping),
  };
}

describe('CSV fixtures', () => {
  it('reads a Google Contacts export (2024 layout) with labels, " ::: " lists and a quoted note', () => {
    expect(importFixture('google.csv')).toEqual({
      layout: 'google',
      delimiter: ',',
      records: [
        expectedContact({
          givenName: 'Inès',
          familyName: 'Benali',
          role: 'Journaliste santé',
          organisation: 'Le Quotidien Exemple',
          city: 'Paris',
          country: 'France',
          emails: [
            { address: 'ines.benali@example.com', label: 'work' },
            { address: 'inès@example.net', label: 'home' },
          ],
          phones: [
            { number: '+33 6 12 34 56 78', kind: 'mobile' },
            { number: '+33 1 40 00 00 01', kind: 'fax' },
          ],
          address: {
            street: '12 rue des Exemples\nBâtiment B',
            postalCode: '75002',
            city: 'Paris',
            region: 'Île-de-France',
            country: 'France',
          },
          website: 'https://quotidien.example.com/ines',
          tags: ['Presse', 'Santé'],
          notes: "Préfère les courriels.\nPas d'appel le lundi.",
        }),
        expectedContact({
          givenName: 'Jiří',
          familyName: 'Novák',
          organisation: 'Rádio Příklad',
          emails: [
            { address: 'jiri.novak@example.org', label: 'work' },
            { address: 'jn@example.net', label: 'work' },
          ],
          phones: [{ number: '+420 221 000 000', kind: 'tel' }],
        }),
        expectedContact({
          organisation: 'Agence Exemple Presse',
          emails: [{ address: 'desk@example.com', label: 'other' }],
        }),
      ],
      errors: [],
    });
  });

  it('reads a Google Contacts export in the layout before 2024', () => {
    expect(importFixture('google-legacy.csv')).toEqual({
      layout: 'google-legacy',
      delimiter: ',',
      records: [
        expectedContact({
          givenName: 'Søren',
          familyName: 'Ægidius',
          role: 'Kulturredaktør',
          organisation: 'Dagbladet Eksempel',
          city: 'København',
          country: 'Danmark',
          emails: [{ address: 'soren@example.com', label: 'work' }],
          phones: [
            { number: '+45 20 00 00 00', kind: 'mobile' },
            { number: '+45 33 00 00 00', kind: 'tel' },
          ],
          address: { street: '', postalCode: '', city: 'København', region: '', country: 'Danmark' },
          website: 'https://dagbladet.example.com',
          tags: ['Kultur'],
          notes: 'Kontakt via redaktionen.',
        }),
        expectedContact({
          givenName: 'Anna Maria',
          familyName: 'van der Berg',
          emails: [{ address: 'anna@example.org', label: 'other' }],
        }),
      ],
      errors: [],
    });
  });

  it('reads an English Outlook export written in windows-1252', () => {
    expect(importFixture('outlook-en-windows-1252.csv')).toEqual({
      layout: 'outlook',
      delimiter: ',',
      records: [
        expectedContact({
          givenName: 'Chloé Marie',
          familyName: 'Dubois',
          role: 'Rédactrice en chef',
          organisation: 'Le Journal Exemple',
          city: 'Lyon',
          country: 'France',
          emails: [
            { address: 'chloe.dubois@example.com', label: 'other' },
            { address: 'c.dubois@example.net', label: 'other' },
          ],
          phones: [
            { number: '+33 6 98 76 54 32', kind: 'mobile' },
            { number: '+33 1 23 45 67 89', kind: 'tel' },
            { number: '+33 1 23 45 67 00', kind: 'fax' },
          ],
          address: {
            street: "8 avenue de l'Exemple",
            postalCode: '69002',
            city: 'Lyon',
            region: '',
            country: 'France',
          },
          website: 'https://journal.example.com',
          tags: ['Presse', 'Politique'],
          notes: 'Contact presse, ne pas appeler après 18h.',
        }),
        expectedContact({
          givenName: 'José',
          familyName: 'Gonçalves',
          organisation: 'Rádio Exemplo',
          emails: [{ address: 'jose@example.org', label: 'other' }],
          phones: [{ number: '+351 21 000 0000', kind: 'tel' }],
        }),
      ],
      errors: [],
    });
  });

  it('reads a French Outlook export: ";" delimiter, byte-order mark, commas and CRLF inside cells', () => {
    expect(importFixture('outlook-fr-semicolon-bom.csv')).toEqual({
      layout: 'outlook',
      delimiter: ';',
      records: [
        expectedContact({
          givenName: 'Dorothée',
          familyName: 'Lemaire',
          role: 'Journaliste',
          organisation: 'Hebdo Exemple, édition Sud',
          city: 'Marseille',
          country: 'France',
          emails: [{ address: 'dorothee.lemaire@example.com', label: 'other' }],
          phones: [
            { number: '+33 4 91 00 00 00', kind: 'tel' },
            { number: '+33 6 11 22 33 44', kind: 'mobile' },
          ],
          address: {
            street: "3, place de l'Exemple",
            postalCode: '13001',
            city: 'Marseille',
            region: '',
            country: 'France',
          },
          website: 'https://hebdo.example.com',
          tags: ['Presse régionale', 'Économie'],
          notes: 'Joignable le matin ; rappeler si absente.',
        }),
        expectedContact({
          givenName: 'Grégoire',
          familyName: 'Fontaine',
          organisation: 'Radio Exemple',
          emails: [{ address: 'gregoire@example.net', label: 'other' }],
          notes: 'Ligne 1\nLigne 2',
        }),
      ],
      errors: [],
    });
  });

  it('reads a Thunderbird export, whose lines end with a delimiter', () => {
    expect(importFixture('thunderbird.csv')).toEqual({
      layout: 'thunderbird',
      delimiter: ',',
      records: [
        expectedContact({
          givenName: 'Björn',
          familyName: 'Lindqvist',
          role: 'Reporter',
          organisation: 'Tidning Exempel',
          city: 'Stockholm',
          country: 'Sverige',
          emails: [
            { address: 'bjorn@example.com', label: 'other' },
            { address: 'b.lindqvist@example.org', label: 'other' },
          ],
          phones: [
            { number: '+46 8 000 000', kind: 'tel' },
            { number: '+46 8 000 001', kind: 'fax' },
            { number: '+46 70 000 00 00', kind: 'mobile' },
          ],
          address: {
            street: 'Exempelgatan 4\nVåning 3',
            postalCode: '111 22',
            city: 'Stockholm',
            region: '',
            country: 'Sverige',
          },
          website: 'https://tidning.example.com',
          notes: 'Ring helst före lunch.',
        }),
        expectedContact({
          givenName: 'Zsófia',
          familyName: 'Kovács',
          emails: [{ address: 'zsofia@example.net', label: 'other' }],
        }),
      ],
      errors: [],
    });
  });

  it('reports an unclosed quote and keeps the rows before it', () => {
    expect(importFixture('broken-unclosed-quote.csv')).toEqual({
      layout: 'outlook',
      delimiter: ',',
      records: [
        expectedContact({
          givenName: 'Anna',
          familyName: 'Lindberg',
          organisation: 'Tidning Exempel',
          emails: [{ address: 'anna@example.com', label: 'other' }],
        }),
      ],
      errors: [
        {
          record: 2,
          line: 3,
          reason: 'A quoted cell is never closed, so the rest of the file could not be read.',
        },
      ],
    });
  });

  it('reports rows with the wrong cell count or unreadable cells, and removes our formula quotes', () => {
    expect(importFixture('broken-column-count.csv')).toEqual({
      layout: 'newsroom',
      delimiter: ',',
      records: [
        expectedContact({
          givenName: 'Þóra',
          familyName: 'Sigurðardóttir',
          organisation: 'Fréttablaðið Dæmi',
          beats: ['fisheries', 'energy'],
          languages: ['is', 'en'],
          city: 'Reykjavík',
          country: 'Ísland',
          emails: [{ address: 'thora@example.com', label: 'work' }],
          consent: { basis: 'legitimate-interest', date: '2024-03-01' },
          lastVerified: '2024-05-02',
        }),
        expectedContact({
          givenName: 'Ægir',
          familyName: 'Úlfsson',
          phones: [{ number: '+354 555 0000', kind: 'mobile' }],
          notes: '=SUM(A1:A9)',
        }),
      ],
      errors: [
        { record: 2, line: 3, reason: 'The row has 26 cells where the header has 28 cells.' },
        { record: 3, line: 4, reason: 'The row has 29 cells where the header has 28 cells.' },
        { record: 4, line: 5, reason: 'The "Do not contact" cell "maybe" is neither yes nor no.' },
        {
          record: 5,
          line: 6,
          reason:
            'The "Consent basis" cell "opt-in" is not one of consent, legitimate-interest, contract, public-task, unknown.',
        },
        { record: 6, line: 7, reason: 'The last-verified date "31/12/2024" is not a valid date.' },
      ],
    });
  });
});
