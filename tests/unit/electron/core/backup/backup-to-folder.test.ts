import type * as FsPromises from 'node:fs/promises';
import * as fs from 'node:fs/promises';
import { mkdir, readdir, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { backupToFolder } from '../../../../../electron/core/backup/backup-to-folder';
import { listBackups } from '../../../../../electron/core/backup/list-backups';
import { openTestStore } from '../../../../support/open-test-store';
import { makeTempDir, removeTempDir } from '../../../../support/temp-dir';
import { manifestOf } from './support/archive-surgery';

// The real functions, with `open` replaceable per test to make the disk fail.
vi.mock('node:fs/promises', async (importOriginal) => {
  const actual = await importOriginal<typeof FsPromises>();
  return { ...actual, open: vi.fn(actual.open) };
});
const { open: realOpen } = await vi.importActual<typeof FsPromises>('node:fs/promises');

let dataDir: string;
let usbStick: string;
beforeEach(async () => {
  dataDir = await makeTempDir();
  usbStick = await makeTempDir('newsroom-usb-');
  const store = await openTestStore(dataDir, { seedSampleOnFirstRun: true });
  await store.close();
});
afterEach(async () => {
  vi.mocked(fs.open).mockImplementation(realOpen);
  await removeTempDir(dataDir);
  await removeTempDir(usbStick);
});

const now = new Date('2026-11-28T16:05:30Z');

/**
 * Makes writes to files in `folder` fail with `code` once `bytesBefore` bytes have been written, as a
 * full disk does; the returned record says what reached the disk before the failure.
 */
function diskFailsIn(folder: string, code: string, bytesBefore: number): { partialFiles: string[] } {
  const failed: { partialFiles: string[] } = { partialFiles: [] };
  vi.mocked(fs.open).mockImplementation(async (path, ...rest) => {
    const handle = await realOpen(path, ...rest);
    if (!String(path).startsWith(folder)) return handle;
    let written = 0;
    const failingWrite = async (buffer: Buffer, offset: number, length: number, position: number) => {
      if (written + length > bytesBefore) {
        const room = bytesBefore - written;
        if (room > 0) await handle.write(buffer, offset, room, position);
        written = bytesBefore;
        failed.partialFiles.push(String(path));
        throw Object.assign(new Error(`${code}: injected`), { code });
      }
      written += length;
      return handle.write(buffer, offset, length, position);
    };
    return new Proxy(handle, {
      get: (target, property) => {
        if (property === 'write') return failingWrite;
        const value: unknown = Reflect.get(target, property, target);
        const bound: unknown = typeof value === 'function' ? value.bind(target) : value;
        return bound;
      },
    });
  });
  return failed;
}

describe('backupToFolder', () => {
  it('writes one archive named after the local time, and a second one beside it', async () => {
    const first = await backupToFolder(dataDir, usbStick, now, 'Europe/Paris');
    const second = await backupToFolder(dataDir, usbStick, now, 'Europe/Paris');

    expect(first).toBe(join(usbStick, 'Newsroom backup 2026-11-28 1705.tar'));
    expect(second).toBe(join(usbStick, 'Newsroom backup 2026-11-28 1705 (2).tar'));
    expect(await manifestOf(first)).toMatchObject({ reason: 'manual', createdAt: now.toISOString() });
    // Not a rolling backup: not listed, so never pruned.
    expect(await listBackups(dataDir)).toEqual([]);
  });

  describe('refuses a folder inside the data folder, and writes nothing', () => {
    const targets = {
      'the data folder itself': (dataDir: string) => dataDir,
      'its backups folder': (dataDir: string) => join(dataDir, 'backups'),
      'a folder of releases': (dataDir: string) => join(dataDir, 'releases'),
    };
    for (const [name, target] of Object.entries(targets)) {
      it(name, async () => {
        await mkdir(target(dataDir), { recursive: true });
        await expect(backupToFolder(dataDir, target(dataDir), now)).rejects.toMatchObject({
          code: 'INVALID_INPUT',
          message: expect.stringContaining('is inside the data folder'),
        });
        expect((await readdir(target(dataDir))).filter((file) => file.includes('Newsroom backup'))).toEqual(
          [],
        );
      });
    }

    it('a link elsewhere that leads into it', async () => {
      const link = join(usbStick, 'looks like a stick');
      await symlink(dataDir, link);
      await expect(backupToFolder(dataDir, link, now)).rejects.toMatchObject({ code: 'INVALID_INPUT' });
    });
  });

  it('accepts a folder beside the data folder whose name starts the same', async () => {
    const beside = `${dataDir}-copies`;
    await mkdir(beside);
    try {
      await expect(backupToFolder(dataDir, beside, now)).resolves.toContain(beside);
    } finally {
      await removeTempDir(beside);
    }
  });

  const failures = {
    ENOSPC: 'the disk is full',
    EIO: 'the disk reported an input/output error',
    EROFS: 'the disk is read-only',
  };
  for (const [code, reason] of Object.entries(failures)) {
    it(`fails with WRITE_FAILED when ${reason} half-way, and leaves no partial file`, async () => {
      const disk = diskFailsIn(usbStick, code, 4 * 1024);
      await expect(backupToFolder(dataDir, usbStick, now)).rejects.toMatchObject({
        code: 'WRITE_FAILED',
        message: `Could not write a backup to ${usbStick}: ${reason}`,
      });
      // 4 KB of a temp file had reached the stick; it is gone, and no archive was named.
      expect(disk.partialFiles).toEqual([expect.stringMatching(/\/\.Newsroom backup .+\.tmp$/)]);
      expect(await readdir(usbStick)).toEqual([]);
    });
  }

  it('fails with WRITE_FAILED when the folder is gone (the stick was pulled out)', async () => {
    await expect(backupToFolder(dataDir, join(usbStick, 'gone'), now)).rejects.toMatchObject({
      code: 'WRITE_FAILED',
      message: expect.stringContaining('the folder does not exist'),
    });
  });

  it('fails with WRITE_FAILED when the target is a file', async () => {
    const file = join(usbStick, 'a file');
    await writeFile(file, '');
    await expect(backupToFolder(dataDir, file, now)).rejects.toMatchObject({ code: 'WRITE_FAILED' });
    expect(await readdir(usbStick)).toEqual(['a file']);
  });
});
