import fc from 'fast-check';
import {
  consentBases,
  hasIdentity,
  type Contact,
  type ContactFields,
} from '../../../../../../electron/shared/schemas/contact';

/**
 * Characters that break naive writers and readers: the delimiters and escapes of vCard and CSV, the
 * characters spreadsheets take for formulas, RFC 6868's caret, line breaks and tabs, and non-ASCII
 * text (letters with diacritics, a CJK character, an astral emoji).
 */
const awkward = [',', ';', ':', '"', "'", '\\', '\n', '\t', '=', '+', '-', '@', '^', ' ', '.'];
const letters = [...'aZ09éøßłœæÅÞğ東🎉'];

interface TextOptions {
  maxLength: number;
  /** Leave backslashes out: ical.js, used as an oracle, misreads values that end with one. */
  withoutBackslash?: boolean;
}

function characters({ withoutBackslash = false }: Partial<TextOptions>): string[] {
  return [...letters, ...awkward].filter((character) => !(withoutBackslash && character === '\\'));
}

/** Any text, as typed in a multi-line field (notes): kept as it is, spaces and line breaks included. */
export function freeText(options: TextOptions): fc.Arbitrary<string> {
  return fc.string({ unit: fc.constantFrom(...characters(options)), maxLength: options.maxLength });
}

/** Text of a one-line field: importers trim those, so the canonical value is trimmed. */
export function trimmedText(options: TextOptions): fc.Arbitrary<string> {
  return freeText(options).map((text) => text.trim());
}

function nonEmptyTrimmedText(options: TextOptions): fc.Arbitrary<string> {
  return trimmedText(options).filter((text) => text !== '');
}

/** Email addresses the schema accepts, with awkward and non-ASCII characters in the local part. */
export function emailAddress(options: Omit<TextOptions, 'maxLength'> = {}): fc.Arbitrary<string> {
  const localCharacters = characters(options).filter((character) => !/[\s@"]/.test(character));
  const local = fc.string({ unit: fc.constantFrom(...localCharacters), minLength: 1, maxLength: 16 });
  const domain = fc.constantFrom('example.com', 'example.org', 'example.net', 'exämple.net');
  return fc.tuple(local, domain).map(([user, host]) => `${user}@${host}`);
}

/** Phone numbers: digits and the punctuation people type, plus a few characters that need escaping. */
export function phoneNumber({ escapable = true } = {}): fc.Arbitrary<string> {
  const units = [...'0123456789 +-().', ...(escapable ? [',', ';', '"', '/'] : [])];
  return fc
    .string({ unit: fc.constantFrom(...units), minLength: 1, maxLength: 20 })
    .map((number) => number.trim())
    .filter((number) => number !== '');
}

const calendarDate = fc
  .date({ min: new Date('1990-01-01T00:00:00Z'), max: new Date('2099-12-31T00:00:00Z'), noInvalidDate: true })
  .map((date) => date.toISOString().slice(0, 10));

/** Options of {@link contactFields}. */
export interface ContactArbitraryOptions {
  /** Keep values readable by ical.js (no backslashes, URL-like websites, plain phone numbers). */
  forIcalJs?: boolean;
}

/**
 * Contacts in the canonical form an import returns: one-line fields trimmed, lists without repeats,
 * an address that is null or has a part, and a name or an organisation, as every contact has. Every
 * text field holds awkward characters.
 */
export function contactFields({
  forIcalJs = false,
}: ContactArbitraryOptions = {}): fc.Arbitrary<ContactFields> {
  const text = { withoutBackslash: forIcalJs };
  const line = (maxLength: number) => trimmedText({ maxLength, ...text });
  const item = (maxLength: number) => nonEmptyTrimmedText({ maxLength, ...text });
  // ical.js does not unescape 3.0 URL values, so its websites need no escaping: plain URL characters.
  const urlPath = fc.string({ unit: fc.constantFrom(...'abc019-_.~/é'), maxLength: 30 });
  const website = forIcalJs ? urlPath.map((path) => `https://example.com/${path}`) : line(80);
  const address = fc.option(
    fc
      .record({
        street: line(60),
        postalCode: line(12),
        city: line(30),
        region: line(30),
        country: line(30),
      })
      .filter((parts) => Object.values(parts).some((part) => part !== '')),
    { nil: null },
  );
  return fc
    .record({
      givenName: line(40),
      familyName: line(40),
      role: line(40),
      organisation: line(40),
      beats: fc.uniqueArray(item(20), { maxLength: 3 }),
      languages: fc.uniqueArray(fc.constantFrom('fr', 'en', 'de', 'nb', 'pt-BR', 'is'), { maxLength: 3 }),
      country: line(30),
      city: line(30),
      emails: fc.array(
        fc.record({
          address: emailAddress(text),
          label: fc.constantFrom('work' as const, 'home' as const, 'other' as const),
        }),
        { maxLength: 3 },
      ),
      phones: fc.array(
        fc.record({
          number: phoneNumber({ escapable: !forIcalJs }),
          kind: fc.constantFrom('tel' as const, 'mobile' as const, 'fax' as const),
        }),
        { maxLength: 3 },
      ),
      address,
      website,
      social: fc.array(fc.record({ network: item(20), handle: item(30) }), { maxLength: 2 }),
      tags: fc.uniqueArray(item(20), { maxLength: 3 }),
      notes: freeText({ maxLength: 120, ...text }),
      pitchingPreferences: freeText({ maxLength: 60, ...text }),
      doNotContact: fc.boolean(),
      consent: fc.record({
        basis: fc.constantFrom(...consentBases),
        date: fc.option(calendarDate, { nil: null }),
      }),
      source: line(30),
      lastVerified: fc.option(calendarDate, { nil: null }),
    })
    .filter(hasIdentity);
}

/** Stored contacts (with id and timestamps), for the vCard writer, which needs the id for UID. */
export function contacts(options: ContactArbitraryOptions = {}): fc.Arbitrary<Contact[]> {
  return fc.array(
    fc
      .record({ fields: contactFields(options), id: fc.uuid({ version: 4 }) })
      .map(({ fields, id }): Contact => ({
        ...fields,
        id,
        createdAt: '2024-01-01T00:00:00.000Z',
        updatedAt: '2024-01-01T00:00:00.000Z',
      })),
    { minLength: 1, maxLength: 3 },
  );
}

/** The fields of stored contacts, as an import returns them. */
export function fieldsOf(contact: Contact): ContactFields {
  const { id: _id, createdAt: _createdAt, updatedAt: _updatedAt, ...fields } = contact;
  return fields;
}
