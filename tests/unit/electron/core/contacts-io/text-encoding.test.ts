import { describe, expect, it } from 'vitest';
import { checkImportSize, MAX_IMPORT_BYTES } from '../../../../../electron/core/contacts-io/import-limits';
import {
  decodeImportBytes,
  decodeWithCharset,
  detectEncoding,
} from '../../../../../electron/core/contacts-io/text-encoding';

const text = 'BEGIN:VCARD\r\nN:Ægidius;Þóra;;;\r\n';
const bytes = (...parts: (Buffer | number[])[]) =>
  new Uint8Array(Buffer.concat(parts.map((part) => (Buffer.isBuffer(part) ? part : Buffer.from(part)))));

describe('decodeImportBytes', () => {
  it.each([
    ['UTF-8 with a BOM', bytes([0xef, 0xbb, 0xbf], Buffer.from(text, 'utf8')), 'utf-8'],
    ['UTF-8 without a BOM', bytes(Buffer.from(text, 'utf8')), 'utf-8'],
    ['UTF-16LE with a BOM', bytes([0xff, 0xfe], Buffer.from(text, 'utf16le')), 'utf-16le'],
    ['UTF-16LE without a BOM', bytes(Buffer.from(text, 'utf16le')), 'utf-16le'],
    ['UTF-16BE with a BOM', bytes([0xfe, 0xff], Buffer.from(text, 'utf16le').swap16()), 'utf-16be'],
    ['UTF-16BE without a BOM', bytes(Buffer.from(text, 'utf16le').swap16()), 'utf-16be'],
    ['ISO-8859-1 / windows-1252', bytes(Buffer.from(text, 'latin1')), 'windows-1252'],
  ])('reads %s', (_name, input, encoding) => {
    expect(decodeImportBytes(input)).toEqual({ text, encoding });
  });

  it('reads the characters windows-1252 has at 0x80–0x9F, which Node 20’s own decoder gets wrong', () => {
    expect(decodeImportBytes(bytes([0x80, 0x20, 0x8c, 0x9c, 0x93, 0x94, 0x8a, 0x81])).text).toBe(
      '€ Œœ“”Š\u0081',
    );
  });

  it('tells UTF-16 from text that merely holds a few NUL bytes', () => {
    expect(detectEncoding(bytes(Buffer.from(`${'abcdefgh'.repeat(20)}\0\0`, 'latin1')))).toBe('utf-8');
  });
});

describe('decodeWithCharset', () => {
  it('uses the declared charset, and detection when the label is unknown, missing or wrong', () => {
    expect(decodeWithCharset(bytes([0x4d, 0xfc, 0x80]), 'ISO-8859-1')).toBe('Mü€');
    expect(decodeWithCharset(bytes([0x8a]), 'windows-1250')).toBe('Š');
    expect(decodeWithCharset(bytes([0xc3, 0xbc]), 'x-unknown')).toBe('ü');
    expect(decodeWithCharset(bytes([0xc3, 0xbc]), undefined)).toBe('ü');
    expect(decodeWithCharset(bytes([0xfc]), 'UTF-8')).toBe('ü');
  });
});

describe('checkImportSize', () => {
  it('accepts up to 50 MB and refuses more, measuring text as UTF-8', () => {
    expect(checkImportSize(new Uint8Array(MAX_IMPORT_BYTES))).toBeNull();
    expect(checkImportSize(new Uint8Array(60 * 1024 * 1024))).toEqual({
      record: 0,
      reason: 'The file is 60.0 MB; files over 50 MB cannot be imported.',
    });
    expect(checkImportSize('é'.repeat(MAX_IMPORT_BYTES / 2))).toBeNull();
    expect(checkImportSize('é'.repeat(MAX_IMPORT_BYTES / 2 + 1))?.reason).toMatch(/^The file is 50\.0 MB/);
  });
});
