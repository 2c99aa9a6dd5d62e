import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createBackup } from '../../../../../electron/core/backup/create-backup';
import { DamagedBackupError } from '../../../../../electron/core/backup/damaged-backup-error';
import {
  decodeTarHeader,
  encodeTarHeader,
  fitsTarName,
  TAR_BLOCK_SIZE,
} from '../../../../../electron/core/backup/tar-format';
import { openTestStore } from '../../../../support/open-test-store';
import { makeTempDir, removeTempDir } from '../../../../support/temp-dir';
import { describeSnapshot, snapshotDataFolder } from './support/data-snapshot';

const modifiedAt = new Date('2026-11-28T17:05:12Z');

describe('tar headers', () => {
  it('read back the name and size they were written with', () => {
    const header = encodeTarHeader({ name: 'data/releases/index.json', size: 12_345, modifiedAt });
    expect(header.length).toBe(TAR_BLOCK_SIZE);
    expect(decodeTarHeader(header)).toEqual({ name: 'data/releases/index.json', size: 12_345 });
  });

  it('hold a long path by splitting it at a slash into prefix and name', () => {
    const name = `data/${'a'.repeat(80)}/${'b'.repeat(90)}.json`;
    expect(fitsTarName(name)).toBe(true);
    expect(decodeTarHeader(encodeTarHeader({ name, size: 1, modifiedAt }))?.name).toBe(name);
    expect(fitsTarName(`data/${'c'.repeat(120)}.json`)).toBe(false);
  });

  it('read a zero block as the end of the archive', () => {
    expect(decodeTarHeader(Buffer.alloc(TAR_BLOCK_SIZE))).toBeNull();
  });

  it('refuse a header with one byte changed', () => {
    const header = encodeTarHeader({ name: 'data/settings.json', size: 100, modifiedAt });
    header[130] = '7'.charCodeAt(0);
    expect(() => decodeTarHeader(header)).toThrow(DamagedBackupError);
  });
});

describe('a backup archive', () => {
  let dataDir: string;
  beforeEach(async () => {
    dataDir = await makeTempDir();
  });
  afterEach(() => removeTempDir(dataDir));

  it('opens with GNU tar, and its data/ folder is the data folder, byte for byte', async () => {
    const store = await openTestStore(dataDir, { seedSampleOnFirstRun: true });
    const backup = await createBackup(dataDir, { reason: 'manual', now: modifiedAt });
    await store.close();
    const extracted = await makeTempDir();
    try {
      await promisify(execFile)('tar', ['-xf', backup.path, '-C', extracted]);

      expect(describeSnapshot(await snapshotDataFolder(join(extracted, 'data')))).toEqual(
        describeSnapshot(await snapshotDataFolder(dataDir)),
      );
    } finally {
      await removeTempDir(extracted);
    }
  });
});
