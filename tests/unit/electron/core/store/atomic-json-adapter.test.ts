import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import * as atomicWrite from '../../../../../electron/core/store/atomic-write';
import { AtomicJsonAdapter } from '../../../../../electron/core/store/atomic-json-adapter';
import { removeStaleTempFiles, writeFileAtomically } from '../../../../../electron/core/store/atomic-write';
import { createDocumentCodec } from '../../../../../electron/core/store/document-codec';
import { makeTempDir, removeTempDir } from '../../../../support/temp-dir';

const codec = createDocumentCodec({
  schema: z.object({ schemaVersion: z.literal(1), n: z.number() }),
  version: 1,
});

let dir: string;
beforeEach(async () => {
  dir = await makeTempDir();
});
afterEach(async () => {
  vi.restoreAllMocks();
  await removeTempDir(dir);
});

describe('writeFileAtomically', () => {
  it('replaces the file and leaves no temp file behind', async () => {
    const path = join(dir, 'doc.json');
    await writeFile(path, 'old');
    await writeFileAtomically(path, 'new');
    expect(await readFile(path, 'utf8')).toBe('new');
    expect(await readdir(dir)).toEqual(['doc.json']);
  });

  it('leaves the old file untouched and removes its temp file when the write fails', async () => {
    // A folder where the file should be: the final rename fails after the temp file was written.
    const path = join(dir, 'doc.json');
    await mkdir(path);
    await writeFile(join(path, 'inside'), 'kept');
    await expect(writeFileAtomically(path, 'new')).rejects.toMatchObject({
      code: expect.stringMatching(/EISDIR|ENOTEMPTY|EEXIST|EPERM/),
    });
    expect(await readdir(dir)).toEqual(['doc.json']);
    expect(await readFile(join(path, 'inside'), 'utf8')).toBe('kept');
  });

  it('removes temp files left by a writer that died', async () => {
    await writeFile(join(dir, '.doc.json.123.abcdef.tmp'), 'half');
    await writeFile(join(dir, 'doc.json'), 'whole');
    expect(await removeStaleTempFiles(dir)).toBe(1);
    expect(await readdir(dir)).toEqual(['doc.json']);
  });
});

describe('AtomicJsonAdapter', () => {
  it('reads null for a file that does not exist yet', async () => {
    expect(await new AtomicJsonAdapter(join(dir, 'none.json'), codec).read()).toBeNull();
  });

  it('collapses a burst of writes into few disk writes, and resolves each only once its data is on disk', async () => {
    const path = join(dir, 'doc.json');
    const adapter = new AtomicJsonAdapter(path, codec);
    const spy = vi.spyOn(atomicWrite, 'writeFileAtomically');
    const seenOnDisk: number[] = [];
    const writes = Array.from({ length: 50 }, (_, n) =>
      adapter.write({ schemaVersion: 1, n }).then(async () => {
        seenOnDisk.push(codec.decode(await readFile(path, 'utf8')).n);
      }),
    );
    // The 50th change must be on disk when its promise resolves; earlier ones may have been merged into it.
    await Promise.all(writes);
    expect(codec.decode(await readFile(path, 'utf8')).n).toBe(49);
    for (const [index, n] of seenOnDisk.entries())
      expect(n).toBeGreaterThanOrEqual(index === 0 ? 0 : seenOnDisk[index - 1]!);
    expect(spy.mock.calls.length).toBeLessThanOrEqual(2);
  });

  it('snapshots the data when write is called, not when the disk is free', async () => {
    const path = join(dir, 'doc.json');
    const adapter = new AtomicJsonAdapter(path, codec);
    const data = { schemaVersion: 1 as const, n: 1 };
    const first = adapter.write(data);
    data.n = 2;
    await first;
    const second = adapter.write(data);
    data.n = 3;
    await second;
    expect(codec.decode(await readFile(path, 'utf8')).n).toBe(2);
  });

  it('rejects the callers whose write failed, and writes again afterwards', async () => {
    const path = join(dir, 'doc.json');
    const adapter = new AtomicJsonAdapter(path, codec);
    vi.spyOn(atomicWrite, 'writeFileAtomically').mockRejectedValueOnce(
      Object.assign(new Error('full'), { code: 'ENOSPC' }),
    );
    await expect(adapter.write({ schemaVersion: 1, n: 1 })).rejects.toMatchObject({ code: 'ENOSPC' });
    await adapter.write({ schemaVersion: 1, n: 2 });
    expect(codec.decode(await readFile(path, 'utf8')).n).toBe(2);
  });
});
