import { describe, expect, it } from 'vitest';
import { planImport } from '../../../../../electron/core/contacts-import/plan-import';
import type { ParsedContact } from '../../../../../electron/core/contacts-io/import-result';
import { parseVCards } from '../../../../../electron/core/contacts-io/vcard/read-vcards';
import {
  blankContactFields,
  type Contact,
  type ContactFields,
} from '../../../../../electron/shared/schemas/contact';
import { scenarioVCard } from './support/import-scenario';

const at = '2026-11-28T09:00:00.000Z';
let nextId = 0;
const stored = (fields: Partial<ContactFields>): Contact => ({
  ...blankContactFields(),
  ...fields,
  id: `00000000-0000-4000-8000-${String(++nextId).padStart(12, '0')}`,
  createdAt: at,
  updatedAt: at,
});
const incoming = (fields: Partial<ContactFields>): ParsedContact => ({ ...blankContactFields(), ...fields });
const email = (address: string) => ({ address, label: 'work' as const });
const phone = (number: string) => ({ number, kind: 'tel' as const });

const muller = stored({
  givenName: 'Jürgen',
  familyName: 'Müller',
  organisation: 'Hamburger Blatt',
  emails: [email('jm@example.de')],
  phones: [phone('+49 (0)40 1234 5678')],
});
const desk = stored({ organisation: 'Reuters', emails: [email('desk@reuters.example')] });
const anna = stored({ givenName: 'Anna', familyName: 'Nowak' });
const directory = [muller, desk, anna];

const plan = (records: ParsedContact[]) => planImport({ records, errors: [] }, directory);

describe('planning an import against the directory', () => {
  it('finds a duplicate by email, without case', async () => {
    const { records } = await plan([incoming({ givenName: 'J.', emails: [email('JM@Example.DE')] })]);
    expect(records[0]).toMatchObject({
      status: 'duplicate',
      duplicates: [{ contactId: muller.id, reasons: ['email'] }],
      sameAsRecord: null,
    });
  });

  it('finds a duplicate by phone number, digits only and the "(0)" trunk prefix dropped', async () => {
    const { records } = await plan([incoming({ givenName: 'Petra', phones: [phone('+49 40 12345678')] })]);
    expect(records[0]?.duplicates).toEqual([{ contactId: muller.id, reasons: ['phone'] }]);
  });

  it('does not take a short number (an extension) for the same line', async () => {
    const { records } = await plan([incoming({ givenName: 'Petra', phones: [phone('5678')] })]);
    expect(records[0]?.status).toBe('new');
  });

  it('finds a duplicate by name and outlet, folded: "Jurgen Muller" at "HAMBURGER  blatt" is Jürgen Müller', async () => {
    const { records } = await plan([
      incoming({ givenName: 'Jurgen', familyName: 'Muller', organisation: 'HAMBURGER  blatt' }),
    ]);
    expect(records[0]?.duplicates).toEqual([{ contactId: muller.id, reasons: ['name-and-outlet'] }]);
  });

  it('needs the outlet for a name match, and matches a newsdesk by its outlet', async () => {
    const { records } = await plan([
      incoming({ givenName: 'Anna', familyName: 'Nowak' }),
      incoming({ organisation: 'reuters' }),
      incoming({ givenName: 'Jürgen', familyName: 'Müller', organisation: 'Other Paper' }),
    ]);
    expect(records.map((record) => record.status)).toEqual(['new', 'duplicate', 'new']);
    expect(records[1]?.duplicates).toEqual([{ contactId: desk.id, reasons: ['name-and-outlet'] }]);
  });

  it('lists every reason for a match and puts the strongest match first', async () => {
    const { records } = await plan([
      incoming({
        organisation: 'Reuters',
        emails: [email('jm@example.de')],
        phones: [phone('+49 40 1234 5678')],
      }),
    ]);
    expect(records[0]?.duplicates).toEqual([
      { contactId: muller.id, reasons: ['email', 'phone'] },
      { contactId: desk.id, reasons: ['name-and-outlet'] },
    ]);
  });

  it('reports a record that repeats an earlier one of the same file', async () => {
    const { records, counts } = await plan([
      incoming({ givenName: 'Zoë', familyName: 'Larsen', emails: [email('zoe@example.no')] }),
      incoming({ givenName: 'Ida', familyName: 'Berg' }),
      incoming({ givenName: 'Zoe', familyName: 'Larsen', emails: [email('ZOE@example.no')] }),
    ]);
    expect(records.map((record) => record.status)).toEqual(['new', 'new', 'duplicate']);
    expect(records[2]).toMatchObject({
      duplicates: [],
      sameAsRecord: { recordIndex: 0, reasons: ['email'] },
    });
    expect(counts).toEqual({ new: 2, duplicates: 1, rejected: 0 });
  });

  it('carries the records the parser could not read through, with their number and reason', async () => {
    const result = await planImport(parseVCards(scenarioVCard), directory);
    expect(result.rejected).toEqual([
      { record: 6, line: 39, reason: 'It has neither a name nor an organisation.' },
    ]);
    expect(result.records.map((record) => [record.index, record.status])).toEqual([
      [0, 'duplicate'],
      [1, 'new'],
      [2, 'new'],
      [3, 'duplicate'],
      [4, 'duplicate'],
      [5, 'new'],
    ]);
    expect(result.counts).toEqual({ new: 3, duplicates: 3, rejected: 1 });
  });

  it('plans 20,000 records against 20,000 contacts without holding the event loop', async () => {
    const many = Array.from({ length: 20_000 }, (_, index) =>
      stored({ givenName: `Person ${index}`, emails: [email(`p${index}@example.org`)] }),
    );
    const records = many.map((contact) => incoming({ givenName: 'X', emails: contact.emails }));
    let turns = 0;
    const counting = setInterval(() => turns++, 0);
    const started = performance.now();
    const result = await planImport({ records, errors: [] }, many);
    clearInterval(counting);
    expect(result.counts.duplicates).toBe(20_000);
    expect(performance.now() - started).toBeLessThan(5_000);
    expect(turns).toBeGreaterThan(0);
  });
});
