import { describe, expect, it } from 'vitest';
import { MAX_IMPORT_BYTES } from '../../../../../../electron/core/contacts-io/import-limits';
import { parseVCards } from '../../../../../../electron/core/contacts-io/vcard/read-vcards';
import { tinyGif, tinyPng } from '../support/fixture-builders';
import { expectedContact } from '../support/expected-contact';

/** One card of the given version from its property lines, CRLF-separated. */
function card(version: string, ...properties: string[]): string {
  return ['BEGIN:VCARD', `VERSION:${version}`, ...properties, 'END:VCARD', ''].join('\r\n');
}

/** The only contact of a one-card file, failing the test if the card was refused. */
function onlyContact(text: string | Uint8Array) {
  const { records, errors } = parseVCards(text);
  expect(errors).toEqual([]);
  expect(records).toHaveLength(1);
  return records[0]!;
}

describe('parseVCards: lines and escapes', () => {
  it('unfolds CRLF, LF and CR line breaks followed by a space or a tab', () => {
    const text = 'BEGIN:VCARD\rVERSION:3.0\rN:Bel\r\n z;Dorot\n\théé;;;\rEND:VCARD\r';
    expect(onlyContact(text)).toMatchObject({ givenName: 'Dorothéé', familyName: 'Belz' });
  });

  it('undoes \\, \\; \\\\ and \\n, and keeps unknown escapes as written', () => {
    const contact = onlyContact(card('3.0', 'N:X;;;;', 'NOTE:a\\,b\\;c\\\\d\\ne\\Nf C:\\temp'));
    expect(contact.notes).toBe('a,b;c\\d\ne\nf C:\\temp');
  });

  it('splits structured values after an escaped backslash (where ical.js does not)', () => {
    expect(onlyContact(card('4.0', 'N:Foo\\\\;Bar;;;'))).toMatchObject({
      familyName: 'Foo\\',
      givenName: 'Bar',
    });
  });

  it('joins the values of a multi-valued N component with spaces', () => {
    expect(onlyContact(card('4.0', 'N:Stevenson;John;Philip,Paul;Dr.;Jr.'))).toMatchObject({
      givenName: 'John Philip Paul',
      familyName: 'Stevenson',
    });
  });

  it('reads lower-case BEGIN and END, property names and parameters', () => {
    const text = 'begin:vcard\nversion:3.0\nn:Roux;Chloé;;;\nemail;type=work:chloe@example.com\nend:vcard\n';
    expect(onlyContact(text)).toMatchObject({
      givenName: 'Chloé',
      emails: [{ address: 'chloe@example.com', label: 'work' }],
    });
  });

  it('decodes RFC 6868 carets in parameter values', () => {
    const contact = onlyContact(card('4.0', 'N:X;;;;', 'X-SOCIALPROFILE;TYPE="a^\'b^^c":handle'));
    expect(contact.social).toEqual([{ network: 'a"b^c', handle: 'handle' }]);
  });
});

describe('parseVCards: vCard 2.1', () => {
  it('reads bare parameters and quoted-printable UTF-8 with soft line breaks', () => {
    const contact = onlyContact(
      card(
        '2.1',
        'N;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:Wi=C5=9Bniewski;=C5=81uk=',
        'asz;;;',
        'TEL;CELL;WORK:+48 600 000 000',
        'TEL;WORK;FAX:+48 22 000 0000',
        'EMAIL;INTERNET;HOME:lukasz@example.com',
        'NOTE;QUOTED-PRINTABLE:Line one=0D=0ALine two with a stray = sign',
      ),
    );
    expect(contact).toEqual(
      expectedContact({
        givenName: 'Łukasz',
        familyName: 'Wiśniewski',
        phones: [
          { number: '+48 600 000 000', kind: 'mobile' },
          { number: '+48 22 000 0000', kind: 'fax' },
        ],
        emails: [{ address: 'lukasz@example.com', label: 'home' }],
        notes: 'Line one\nLine two with a stray = sign',
      }),
    );
  });

  it('keeps the whitespace of a folded 2.1 line, as RFC 822 folding does', () => {
    expect(onlyContact(card('2.1', 'N:X', 'NOTE:one', ' two')).notes).toBe('one two');
  });

  it('reads a base64 photo whose lines are not indented and end at a blank line', () => {
    const contact = onlyContact(
      card(
        '2.1',
        'N:X',
        'PHOTO;ENCODING=BASE64;TYPE=GIF:',
        tinyGif.slice(0, 20),
        tinyGif.slice(20),
        '',
        'TITLE:Editor',
      ),
    );
    expect(contact.photo).toEqual({
      mimeType: 'image/gif',
      bytes: new Uint8Array(Buffer.from(tinyGif, 'base64')),
    });
    expect(contact.role).toBe('Editor');
  });

  it('falls back to detection for an unknown CHARSET', () => {
    expect(onlyContact(card('2.1', 'N;CHARSET=x-unknown;QUOTED-PRINTABLE:M=C3=BCller')).familyName).toBe(
      'Müller',
    );
  });
});

describe('parseVCards: mapping to contact fields', () => {
  it('maps phone types to tel, mobile and fax', () => {
    const contact = onlyContact(
      card(
        '4.0',
        'N:X;;;;',
        'TEL;TYPE="cell,voice":1',
        'TEL;TYPE=fax:2',
        'TEL;TYPE=pager:3',
        'TEL;VALUE=uri:tel:+33-1-00',
        'TEL;TYPE=iPhone:5',
      ),
    );
    expect(contact.phones).toEqual([
      { number: '1', kind: 'mobile' },
      { number: '2', kind: 'fax' },
      { number: '3', kind: 'tel' },
      { number: '+33-1-00', kind: 'tel' },
      { number: '5', kind: 'mobile' },
    ]);
  });

  it('takes names from FN when there is no N, unless FN only repeats the organisation or an email', () => {
    expect(onlyContact(card('3.0', 'FN:Jean-Pierre de la Fontaine'))).toMatchObject({
      givenName: 'Jean-Pierre',
      familyName: 'de la Fontaine',
    });
    expect(onlyContact(card('3.0', 'N:;;;;', 'FN:Dupont, Jean'))).toMatchObject({
      givenName: 'Jean',
      familyName: 'Dupont',
    });
    expect(
      onlyContact(card('3.0', 'FN:desk@example.com', 'EMAIL:desk@example.com', 'ORG:Desk')),
    ).toMatchObject({
      givenName: '',
      familyName: '',
      organisation: 'Desk',
    });
  });

  it('prefers TITLE to ROLE, and the first ORG component', () => {
    expect(
      onlyContact(card('3.0', 'N:X;;;;', 'ROLE:Desk', 'TITLE:Editor', 'ORG:Outlet\\; Ltd;Desk')),
    ).toMatchObject({
      role: 'Editor',
      organisation: 'Outlet; Ltd',
    });
    expect(onlyContact(card('3.0', 'N:X;;;;', 'ROLE:Desk')).role).toBe('Desk');
  });

  it('keeps the city and country of our location ADR apart from the postal address', () => {
    const contact = onlyContact(
      card(
        '4.0',
        'N:X;;;;',
        'ADR;TYPE=work:;;1 rue X;Paris;;75001;France',
        'ADR;TYPE=work;X-NEWSROOM-LOCATION=TRUE:;;;Lyon;;;France',
      ),
    );
    expect(contact).toMatchObject({
      city: 'Lyon',
      country: 'France',
      address: { street: '1 rue X', postalCode: '75001', city: 'Paris', region: '', country: 'France' },
    });
  });

  it('reads our X-NEWSROOM properties', () => {
    const contact = onlyContact(
      card(
        '4.0',
        'N:X;;;;',
        'X-NEWSROOM-BEATS:energy,climate\\, policy',
        'X-NEWSROOM-PITCHING:Email first.',
        'X-NEWSROOM-DO-NOT-CONTACT:TRUE',
        'X-NEWSROOM-CONSENT:consent;2024-01-31',
        'X-NEWSROOM-SOURCE:Trade fair',
        'X-NEWSROOM-LAST-VERIFIED:2024-06-01',
      ),
    );
    expect(contact).toMatchObject({
      beats: ['energy', 'climate, policy'],
      pitchingPreferences: 'Email first.',
      doNotContact: true,
      consent: { basis: 'consent', date: '2024-01-31' },
      source: 'Trade fair',
      lastVerified: '2024-06-01',
    });
  });

  it('drops repeated and empty tags', () => {
    expect(onlyContact(card('3.0', 'N:X;;;;', 'CATEGORIES:a, b,,a', 'CATEGORIES:b,c')).tags).toEqual([
      'a',
      'b',
      'c',
    ]);
  });
});

describe('parseVCards: photos', () => {
  it('reads a data: URI, and tells the type from the bytes rather than the declaration', () => {
    const contact = onlyContact(
      card('4.0', 'N:X;;;;', `PHOTO;MEDIATYPE=image/jpeg:data:image/jpeg;base64,${tinyPng}`),
    );
    expect(contact.photo?.mimeType).toBe('image/png');
  });

  it('ignores a photo given as a link: the app never fetches anything', () => {
    expect(
      onlyContact(card('3.0', 'N:X;;;;', 'PHOTO;VALUE=uri:https://example.com/a.jpg')).photo,
    ).toBeUndefined();
  });

  it('returns the photo as a standalone Uint8Array', () => {
    const { photo } = onlyContact(card('3.0', 'N:X;;;;', `PHOTO;ENCODING=b;TYPE=PNG:${tinyPng}`));
    expect(photo?.bytes.constructor).toBe(Uint8Array);
    expect(photo?.bytes.buffer.byteLength).toBe(photo?.bytes.byteLength);
  });
});

describe('parseVCards: files that are not good vCards', () => {
  it('refuses an empty file, a file without cards and a file over the size limit', () => {
    expect(parseVCards(' \r\n')).toEqual({
      records: [],
      errors: [{ record: 0, reason: 'The file is empty.' }],
    });
    expect(parseVCards('Name,Email\nA,a@example.com\n')).toEqual({
      records: [],
      errors: [{ record: 0, reason: 'No vCard was found: the file has no BEGIN:VCARD line.' }],
    });
    expect(parseVCards(new Uint8Array(MAX_IMPORT_BYTES + 1)).errors).toEqual([
      { record: 0, reason: 'The file is 50.0 MB; files over 50 MB cannot be imported.' },
    ]);
  });

  it('reports consecutive stray lines once', () => {
    expect(parseVCards(`one\ntwo\nthree\n${card('3.0', 'N:X;;;;')}`).errors).toEqual([
      { record: 0, line: 1, reason: 'Lines 1–3 are outside any vCard and were ignored.' },
    ]);
  });

  it('refuses a card without a name or an organisation, and an unknown consent basis', () => {
    expect(parseVCards(card('3.0', 'EMAIL:desk@example.com', 'TEL:+33 1 00')).errors).toEqual([
      { record: 1, line: 1, reason: 'It has neither a name nor an organisation.' },
    ]);
    expect(parseVCards(card('3.0', 'N:X;;;;', 'X-NEWSROOM-CONSENT:maybe;')).errors).toEqual([
      {
        record: 1,
        line: 1,
        reason:
          'The consent basis "maybe" is not one of consent, legitimate-interest, contract, public-task, unknown.',
      },
    ]);
  });

  it('refuses a line with an unterminated quoted parameter', () => {
    expect(parseVCards(card('4.0', 'N:X;;;;', 'TEL;TYPE="cell:1')).errors).toEqual([
      { record: 1, line: 4, reason: 'Line 4 is not a vCard property: "TEL;TYPE=\\"cell:1".' },
    ]);
  });
});
