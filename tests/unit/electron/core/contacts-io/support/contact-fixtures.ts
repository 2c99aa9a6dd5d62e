/*
 * The contact fixtures, as bytes. They are written by a script (write-contact-fixtures.ts) rather than
 * by hand so that their encodings are real: windows-1252 bytes, UTF-16LE with a BOM, a UTF-8 BOM,
 * CRLF line endings. A test checks that the files in tests/fixtures/contacts match this module.
 * Every person and organisation is fictional; domains are example.com, example.org and example.net.
 */

import {
  brokenColumnCount,
  brokenUnclosedQuote,
  googleCsv,
  googleLegacyCsv,
  outlookCsv,
  outlookFrenchCsv,
  thunderbirdCsv,
} from './csv-fixtures';
import {
  brokenGarbage,
  brokenMissingEnd,
  vcard21Windows1252,
  vcard30Apple,
  vcard30Utf16,
  vcard40,
} from './vcard-fixtures';

const utf8 = (text: string) => new Uint8Array(Buffer.from(text, 'utf8'));

/** Encodes text in windows-1252, as Outlook and old phones write it; only Latin-1 and € are needed here. */
function windows1252(text: string): Uint8Array {
  return Uint8Array.from([...text], (character) => {
    if (character === '€') return 0x80;
    const code = character.charCodeAt(0);
    if (code > 0xff || (code >= 0x80 && code < 0xa0))
      throw new Error(`Not in the fixture's windows-1252: ${character}`);
    return code;
  });
}

function utf16leWithBom(text: string): Uint8Array {
  return new Uint8Array(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]));
}

/** Every fixture file, by name, as the bytes written to tests/fixtures/contacts. */
export function contactFixtureFiles(): Record<string, Uint8Array> {
  return {
    'vcard21-windows-1252.vcf': windows1252(vcard21Windows1252),
    'vcard30-apple.vcf': utf8(vcard30Apple),
    'vcard40.vcf': utf8(vcard40),
    'vcard30-utf16le-bom.vcf': utf16leWithBom(vcard30Utf16),
    'broken-missing-end.vcf': utf8(brokenMissingEnd),
    'broken-garbage.vcf': utf8(brokenGarbage),
    'google.csv': utf8(googleCsv),
    'google-legacy.csv': utf8(googleLegacyCsv),
    'outlook-en-windows-1252.csv': windows1252(outlookCsv),
    'outlook-fr-semicolon-bom.csv': utf8(`\uFEFF${outlookFrenchCsv}`),
    'thunderbird.csv': utf8(thunderbirdCsv),
    'broken-unclosed-quote.csv': utf8(brokenUnclosedQuote),
    'broken-column-count.csv': utf8(brokenColumnCount),
  };
}
