import { describe, expect, it } from 'vitest';
import { parseVCards } from '../../../../../../electron/core/contacts-io/vcard/read-vcards';
import { tinyGif, tinyPng } from '../support/fixture-builders';
import { expectedContact } from '../support/expected-contact';
import { readContactFixture } from '../support/read-fixture';

const imageBytes = (base64: string) => new Uint8Array(Buffer.from(base64, 'base64'));

describe('vCard fixtures', () => {
  it('reads vCard 2.1 in windows-1252 with quoted-printable, CHARSET, soft breaks and bare parameters', () => {
    expect(parseVCards(readContactFixture('vcard21-windows-1252.vcf'))).toEqual({
      records: [
        expectedContact({
          givenName: 'Jürgen',
          familyName: 'Müller',
          role: 'Chefredakteur',
          organisation: 'Straßenbahn-Zeitung',
          city: 'Berlin',
          country: 'Deutschland',
          emails: [{ address: 'juergen.mueller@example.com', label: 'other' }],
          phones: [
            { number: '+49 30 1234567', kind: 'tel' },
            { number: '+49 170 1234567', kind: 'mobile' },
            { number: '+49 30 1234568', kind: 'fax' },
          ],
          address: {
            street: 'Friedrichstraße 12\nHinterhaus',
            postalCode: '10117',
            city: 'Berlin',
            region: '',
            country: 'Deutschland',
          },
          website: 'https://zeitung.example.com/redaktion',
          // =80 is the euro sign in windows-1252 (a control character in ISO-8859-1).
          notes: 'Bevorzugt Anrufe am Vormittag.\nKönnen Sie auch faxen? Abo: 5 € im Monat.',
        }),
        {
          ...expectedContact({
            givenName: 'Amélie',
            familyName: 'Lefèvre',
            organisation: "Radio Côte d'Azur",
            emails: [{ address: 'amelie.lefevre@example.org', label: 'other' }],
            phones: [{ number: '+33 4 93 00 00 00', kind: 'tel' }],
          }),
          photo: { mimeType: 'image/gif', bytes: imageBytes(tinyGif) },
        },
      ],
      errors: [],
    });
  });

  it('reads an Apple vCard 3.0 export with groups, labels, a company card and a base64 photo', () => {
    expect(parseVCards(readContactFixture('vcard30-apple.vcf'))).toEqual({
      records: [
        {
          ...expectedContact({
            givenName: 'Siobhán',
            familyName: 'Ní Bhriain',
            role: 'Eagarthóir, nuacht',
            organisation: 'Raidió Sampla',
            city: 'Gaillimh',
            country: 'Éire',
            emails: [
              { address: 'siobhan@example.net', label: 'work' },
              { address: 's.nibhriain@example.org', label: 'other' },
            ],
            phones: [
              { number: '+353 87 123 4567', kind: 'mobile' },
              { number: '+353 91 505 050', kind: 'fax' },
            ],
            address: {
              street: 'Príomhshráid 1',
              postalCode: 'H91 CD34',
              city: 'Gaillimh',
              region: 'Connacht',
              country: 'Éire',
            },
            website: 'https://raidio.example.net/nuacht',
            social: [
              { network: 'mastodon', handle: 'siobhannb' },
              { network: 'Skype', handle: 'siobhan.nb' },
            ],
            tags: ['Radio', 'Irish language'],
            notes:
              'Prefers calls before 11:00; email otherwise.\nAvailable for radio interviews, in Irish or English.',
          }),
          photo: { mimeType: 'image/png', bytes: imageBytes(tinyPng) },
        },
        expectedContact({
          organisation: 'Agence Presse Exemple',
          city: 'Oslo',
          country: 'Norge',
          emails: [{ address: 'desk@example.com', label: 'other' }],
          phones: [{ number: '+47 22 00 00 00', kind: 'tel' }],
          address: {
            street: 'Eksempelgata 1',
            postalCode: '0154',
            city: 'Oslo',
            region: '',
            country: 'Norge',
          },
        }),
      ],
      errors: [],
    });
  });

  it('reads vCard 4.0 with tel: URIs, a preferred address, LANG, a tab fold and a data: URI photo', () => {
    expect(parseVCards(readContactFixture('vcard40.vcf'))).toEqual({
      records: [
        {
          ...expectedContact({
            givenName: 'Łukasz',
            familyName: 'Wiśniewski',
            role: 'Reporter',
            organisation: 'Gazeta Przykładowa',
            languages: ['pl', 'en'],
            city: 'Warszawa',
            country: 'Polska',
            emails: [
              { address: 'łukasz@example.com', label: 'work' },
              { address: 'lw@example.net', label: 'home' },
            ],
            phones: [
              { number: '+48-22-555-0100', kind: 'tel' },
              { number: '+48-600-555-010', kind: 'mobile' },
              { number: '+48 22 555 0101', kind: 'fax' },
            ],
            address: {
              street: 'ul. Prosta 20, lok. 4',
              postalCode: '00-850',
              city: 'Warszawa',
              region: 'mazowieckie',
              country: 'Polska',
            },
            website: 'https://gazeta.example.com/autorzy/lukasz',
            social: [{ network: 'mastodon', handle: '@lukasz@social.example.org' }],
            tags: ['economy', 'energy, climate'],
            notes: 'Deadline 16:00.\nNo embargoed material by phone.',
          }),
          photo: { mimeType: 'image/png', bytes: imageBytes(tinyPng) },
        },
      ],
      errors: [],
    });
  });

  it('reads UTF-16LE with a byte-order mark', () => {
    expect(parseVCards(readContactFixture('vcard30-utf16le-bom.vcf'))).toEqual({
      records: [
        expectedContact({
          givenName: 'Pål',
          familyName: 'Håland',
          organisation: 'Eksempelavisen',
          emails: [{ address: 'pal.haland@example.com', label: 'work' }],
          phones: [{ number: '+47 900 00 000', kind: 'mobile' }],
        }),
        expectedContact({
          givenName: 'Þóra',
          familyName: 'Ægidius',
          emails: [{ address: 'þóra@example.org', label: 'home' }],
        }),
      ],
      errors: [],
    });
  });

  it('reports cards without END:VCARD and keeps the others', () => {
    expect(parseVCards(readContactFixture('broken-missing-end.vcf'))).toEqual({
      records: [
        expectedContact({
          givenName: 'Renée',
          familyName: 'Abadie',
          emails: [{ address: 'renee@example.com', label: 'other' }],
        }),
        expectedContact({ givenName: 'Nuño', familyName: 'Costa' }),
      ],
      errors: [
        { record: 2, line: 7, reason: 'The card has no END:VCARD; another card begins on line 11.' },
        { record: 4, line: 16, reason: 'The card has no END:VCARD; the file ends first.' },
      ],
    });
  });

  it('reports stray lines, garbage inside a card, invalid emails, over-long fields and corrupt photos', () => {
    expect(parseVCards(readContactFixture('broken-garbage.vcf'))).toEqual({
      records: [
        expectedContact({
          givenName: 'Ewa',
          familyName: 'Eriksen',
          emails: [{ address: 'ewa@example.com', label: 'other' }],
        }),
        expectedContact({ givenName: 'Pål', familyName: 'Jensen' }),
      ],
      errors: [
        { record: 0, line: 6, reason: 'Line 6 is outside any vCard and was ignored.' },
        {
          record: 2,
          line: 10,
          reason: 'Line 10 is not a vCard property: "this is garbage in the middle of a card".',
        },
        { record: 3, line: 13, reason: 'The email 1 "not-an-email" is not a valid email address.' },
        { record: 4, line: 18, reason: 'The role is longer than 500 characters.' },
        { record: 5, line: 23, reason: 'The PHOTO is not valid base64.' },
      ],
    });
  });
});
