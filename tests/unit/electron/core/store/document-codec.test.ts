import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { createDocumentCodec } from '../../../../../electron/core/store/document-codec';
import { NewerVersionError, UnreadableFileError } from '../../../../../electron/core/store/store-file-error';

const codec = createDocumentCodec({
  schema: z.object({ schemaVersion: z.literal(2), title: z.string(), tags: z.array(z.string()) }),
  version: 2,
  migrations: [(v1) => ({ ...v1, tags: [] })],
});

function kindOf(text: string): string {
  try {
    codec.decode(text);
    return 'ok';
  } catch (error) {
    if (error instanceof UnreadableFileError) return error.kind;
    if (error instanceof NewerVersionError) return 'newer-version';
    throw error;
  }
}

describe('document codec', () => {
  it('tells apart every way a file can be bad', () => {
    expect(kindOf('')).toBe('empty');
    expect(kindOf('  \n')).toBe('empty');
    expect(kindOf('\0'.repeat(4096))).toBe('nul-bytes');
    expect(kindOf('{"schemaVersion": 2, "title": "Hea')).toBe('unparsable');
    expect(kindOf('null')).toBe('not-an-object');
    expect(kindOf('[1,2]')).toBe('not-an-object');
    expect(kindOf('{"title": "x", "tags": []}')).toBe('no-version');
    expect(kindOf('{"schemaVersion": "2", "title": "x", "tags": []}')).toBe('no-version');
    expect(kindOf('{"schemaVersion": 2, "title": 42, "tags": []}')).toBe('invalid');
    expect(kindOf('{"schemaVersion": 3, "title": "x", "tags": []}')).toBe('newer-version');
  });

  it('reads a file that starts with a byte-order mark', () => {
    expect(codec.decode('\uFEFF{"schemaVersion": 2, "title": "Été", "tags": ["a"]}')).toEqual({
      schemaVersion: 2,
      title: 'Été',
      tags: ['a'],
    });
  });

  it('migrates an older file before validating it', () => {
    expect(codec.decode('{"schemaVersion": 1, "title": "Old"}')).toEqual({
      schemaVersion: 2,
      title: 'Old',
      tags: [],
    });
  });

  it('offers the data of a newer file when today’s schema can still read it', () => {
    try {
      codec.decode('{"schemaVersion": 7, "title": "Future", "tags": [], "extra": true}');
      expect.unreachable('a newer file must not decode silently');
    } catch (error) {
      expect(error).toBeInstanceOf(NewerVersionError);
      expect((error as NewerVersionError).fileVersion).toBe(7);
      expect((error as NewerVersionError).readableData).toEqual({
        schemaVersion: 2,
        title: 'Future',
        tags: [],
      });
    }
  });

  it('says where a schema-invalid file goes wrong', () => {
    expect(() => codec.decode('{"schemaVersion": 2, "title": "x", "tags": [3]}')).toThrow(/tags\.0/);
  });

  it('writes JSON that reads back to the same data', () => {
    const data = { schemaVersion: 2 as const, title: 'Thorbjørn «quotes» \u2028', tags: ['ß'] };
    expect(codec.decode(codec.encode(data))).toEqual(data);
  });
});
