import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldLine } from '../../../../../../electron/core/contacts-io/vcard/vcard-format';
import { writeVCards } from '../../../../../../electron/core/contacts-io/vcard/write-vcards';
import { contacts, freeText } from '../support/contact-arbitrary';
import { expectedOracleView, readWithIcalJs } from '../support/ical-oracle';
import { sampleContact } from '../support/sample-contact';

const ORACLE_RUNS = 1_000;

/** The lines of the sample card that both versions share. */
const sharedTail = ['URL:https://example.com/zoe', 'X-SOCIALPROFILE;TYPE=mastodon:@zoe@social.example.org'];
const newsroomTail = [
  'CATEGORIES:radio',
  'LANG:ga',
  'LANG:en',
  'X-NEWSROOM-BEATS:politics,EU\\, trade',
  'X-NEWSROOM-PITCHING:=Email first.',
  'X-NEWSROOM-DO-NOT-CONTACT:TRUE',
  'X-NEWSROOM-CONSENT:consent;2024-02-01',
  'X-NEWSROOM-SOURCE:Trade fair',
  'X-NEWSROOM-LAST-VERIFIED:2024-06-01',
  'END:VCARD',
  '',
];

describe('writeVCards', () => {
  it('writes vCard 4.0: escapes, TYPE parameters, a location ADR, folding and X-NEWSROOM properties', () => {
    expect(writeVCards([sampleContact]).split('\r\n')).toEqual([
      'BEGIN:VCARD',
      'VERSION:4.0',
      'PRODID:-//Newsroom//Newsroom contacts//EN',
      'UID:urn:uuid:0d9b8f6e-3c1a-4e2b-9a7d-5f4e3c2b1a09',
      'FN:Zoë Ní Bhriain\\, Jr.',
      'N:Ní Bhriain\\, Jr.;Zoë;;;',
      'ORG:Raidió Sampla\\; Nuacht',
      'TITLE:Editor; politics',
      'EMAIL;TYPE=work:zoe@example.com',
      'EMAIL:z@example.org',
      'TEL;VALUE=text;TYPE=work,voice:+353 1 000 0000',
      'TEL;VALUE=text;TYPE=cell:+353 87 000 0000',
      'TEL;VALUE=text;TYPE=work,fax:+353 1 000 0001',
      'ADR;TYPE=work:;;1 Sráid na hEaglaise\\nAonad 4;Baile Átha Cliath;;D02 XY45',
      ' ;Éire',
      'ADR;TYPE=work;X-NEWSROOM-LOCATION=TRUE:;;;Lyon;;;France',
      ...sharedTail,
      `NOTE:Back\\\\slash\\, comma; semicolon\\nand a long tail: ${'é'.repeat(10)}`,
      ` ${'é'.repeat(30)}`,
      ...newsroomTail,
    ]);
  });

  it('writes vCard 3.0: semicolons escaped in all text, upper-case TYPE values, INTERNET on emails', () => {
    expect(writeVCards([sampleContact], { version: '3.0' }).split('\r\n')).toEqual([
      'BEGIN:VCARD',
      'VERSION:3.0',
      'PRODID:-//Newsroom//Newsroom contacts//EN',
      'UID:urn:uuid:0d9b8f6e-3c1a-4e2b-9a7d-5f4e3c2b1a09',
      'FN:Zoë Ní Bhriain\\, Jr.',
      'N:Ní Bhriain\\, Jr.;Zoë;;;',
      'ORG:Raidió Sampla\\; Nuacht',
      'TITLE:Editor\\; politics',
      'EMAIL;TYPE=INTERNET,WORK:zoe@example.com',
      'EMAIL;TYPE=INTERNET:z@example.org',
      'TEL;TYPE=WORK,VOICE:+353 1 000 0000',
      'TEL;TYPE=CELL:+353 87 000 0000',
      'TEL;TYPE=WORK,FAX:+353 1 000 0001',
      'ADR;TYPE=WORK:;;1 Sráid na hEaglaise\\nAonad 4;Baile Átha Cliath;;D02 XY45',
      ' ;Éire',
      'ADR;TYPE=WORK;X-NEWSROOM-LOCATION=TRUE:;;;Lyon;;;France',
      ...sharedTail,
      `NOTE:Back\\\\slash\\, comma\\; semicolon\\nand a long tail: ${'é'.repeat(10)}`,
      ` ${'é'.repeat(30)}`,
      ...newsroomTail,
    ]);
  });

  it('quotes a parameter value that holds separators and encodes quotes with RFC 6868 carets', () => {
    const contact = { ...sampleContact, social: [{ network: 'a "b", c^', handle: 'h' }] };
    expect(writeVCards([contact])).toContain('X-SOCIALPROFILE;TYPE="a ^\'b^\', c^^":h\r\n');
  });

  it('gives the same card for the same contact, its UID made from the id', () => {
    expect(writeVCards([sampleContact])).toBe(
      writeVCards([{ ...sampleContact, updatedAt: '2025-01-01T00:00:00Z' }]),
    );
  });

  it('folds at 75 octets without cutting a UTF-8 sequence or a surrogate pair', () => {
    // "é" would take octets 75 and 76, and each emoji is 4 octets (2 UTF-16 units).
    const line = `NOTE:${'a'.repeat(69)}é${'🎉'.repeat(30)}`;
    const physical = foldLine(line).split('\r\n');
    expect(physical.map((part) => Buffer.byteLength(part))).toEqual([74, 75, 49]);
    expect(physical[1]).toBe(` é${'🎉'.repeat(18)}`);
    expect(physical.map((part, index) => (index === 0 ? part : part.slice(1))).join('')).toBe(line);
  });

  it('writes lines of at most 75 octets that are each valid UTF-8, ending in CRLF', () => {
    const strictUtf8 = new TextDecoder('utf-8', { fatal: true });
    fc.assert(
      fc.property(contacts(), (generated) => {
        const bytes = Buffer.from(writeVCards(generated), 'utf8');
        expect(bytes.includes(Buffer.from('\n\n'))).toBe(false);
        for (const line of bytes.toString('latin1').split('\r\n')) {
          expect(line.length).toBeLessThanOrEqual(75);
          expect(line.includes('\n') || line.includes('\r')).toBe(false);
          strictUtf8.decode(Buffer.from(line, 'latin1'));
        }
      }),
      { numRuns: 300 },
    );
  });

  it('writes notes that unfold and unescape back to themselves, whatever they hold', () => {
    fc.assert(
      fc.property(freeText({ maxLength: 300 }), (notes) => {
        const [view] = readWithIcalJs(writeVCards([{ ...sampleContact, notes: notes.replace(/\\/g, '/') }]));
        expect(view?.note).toBe(notes.replace(/\\/g, '/'));
      }),
      { numRuns: 300 },
    );
  });

  for (const version of ['4.0', '3.0'] as const) {
    it(`writes ${version} files that ical.js, an independent reader, reads back the same`, () => {
      fc.assert(
        fc.property(contacts({ forIcalJs: true }), (generated) => {
          expect(readWithIcalJs(writeVCards(generated, { version }))).toEqual(
            generated.map(expectedOracleView),
          );
        }),
        { numRuns: ORACLE_RUNS },
      );
    });
  }
});
