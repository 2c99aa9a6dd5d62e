import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { deflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { importRelease } from '../../../../../electron/core/release-import/import-release';
import {
  declaredUnpackedSize,
  isSafeToUnpack,
} from '../../../../../electron/core/release-import/readers/zip-expansion';

/** A one-entry zip whose entry claims `unpacked` bytes (the data itself is tiny). */
function zipClaiming(unpacked: number): Uint8Array {
  const name = Buffer.from('word/document.xml');
  const data = deflateRawSync(Buffer.alloc(16));
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(8, 8);
  local.writeUInt32LE(data.length, 18);
  local.writeUInt32LE(unpacked, 22);
  local.writeUInt16LE(name.length, 26);
  const central = Buffer.alloc(46);
  central.writeUInt32LE(0x02014b50, 0);
  central.writeUInt16LE(8, 10);
  central.writeUInt32LE(data.length, 20);
  central.writeUInt32LE(unpacked, 24);
  central.writeUInt16LE(name.length, 28);
  const directoryOffset = local.length + name.length + data.length;
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(1, 8);
  end.writeUInt16LE(1, 10);
  end.writeUInt32LE(central.length + name.length, 12);
  end.writeUInt32LE(directoryOffset, 16);
  return Buffer.concat([local, name, data, central, name, end]);
}

describe('the zip-bomb guard of .docx import', () => {
  it('reads the unpacked size a real .docx declares', async () => {
    const docx = await readFile(join(import.meta.dirname, '../../../../fixtures/releases/harbourview.docx'));
    const size = declaredUnpackedSize(docx);
    expect(size?.entries).toBeGreaterThan(3);
    expect(size!.bytes).toBeGreaterThan(docx.length);
    expect(isSafeToUnpack(docx)).toBe(true);
  });

  it('refuses a small file that claims to unpack to gigabytes, before unpacking anything', async () => {
    const bomb = zipClaiming(4_000_000_000);
    expect(declaredUnpackedSize(bomb)).toEqual({ bytes: 4_000_000_000, entries: 1 });
    expect(isSafeToUnpack(bomb)).toBe(false);
    await expect(importRelease({ fileName: 'bomb.docx', bytes: bomb })).rejects.toMatchObject({
      problem: { code: 'unreadable-docx', detail: 'it would unpack to more than 200 MB' },
    });
  });
});
