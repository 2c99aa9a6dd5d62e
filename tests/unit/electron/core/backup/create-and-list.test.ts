import { mkdir, readdir, readFile, symlink, truncate, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createBackup } from '../../../../../electron/core/backup/create-backup';
import { listBackups, verifyBackup } from '../../../../../electron/core/backup/list-backups';
import { sha256Of } from '../../../../../electron/core/backup/backup-manifest';
import { openTestStore } from '../../../../support/open-test-store';
import { makeTempDir, removeTempDir } from '../../../../support/temp-dir';
import { snapshotDataFolder } from './support/data-snapshot';
import { manifestOf, overwriteByteOfEntry } from './support/archive-surgery';

let dataDir: string;
beforeEach(async () => {
  dataDir = await makeTempDir();
});
afterEach(() => removeTempDir(dataDir));

const at = (iso: string) => new Date(iso);

/** A used data folder: the first-run sample, plus everything that is not data. */
async function sampleDataFolder(): Promise<void> {
  const store = await openTestStore(dataDir, { seedSampleOnFirstRun: true });
  await store.close();
  await mkdir(join(dataDir, 'quarantine'));
  await writeFile(join(dataDir, 'quarantine', 'settings.corrupt-20261128T170512Z-3f9a.json'), '{');
  await mkdir(join(dataDir, 'logs'));
  await writeFile(join(dataDir, 'logs', 'newsroom.log'), 'started\n');
  await mkdir(join(dataDir, '.profile'));
  await writeFile(join(dataDir, '.profile', 'Preferences'), '{}');
  await writeFile(join(dataDir, 'newsroom.lock'), '{"pid":1}');
  await writeFile(join(dataDir, 'releases', '.index.json.123.abcdef.tmp'), 'half a write');
  // A link could lead anywhere on the disk; the store never makes one.
  await symlink(join(dataDir, 'logs', 'newsroom.log'), join(dataDir, 'releases', 'linked.json'));
}

describe('createBackup', () => {
  it('archives every data file, with its size and SHA-256, and nothing that is not data', async () => {
    await sampleDataFolder();
    const data = await snapshotDataFolder(dataDir);

    const backup = await createBackup(dataDir, { reason: 'start', now: at('2026-11-28T17:05:12.345Z') });

    expect(backup).toMatchObject({
      id: '20261128T170512Z-start',
      path: join(dataDir, 'backups', '20261128T170512Z-start.tar'),
      createdAt: '2026-11-28T17:05:12.345Z',
      reason: 'start',
      fileCount: data.size,
      damage: null,
    });
    const manifest = await manifestOf(backup.path);
    expect(manifest.files).toEqual(
      [...data].map(([path, bytes]) => ({ path, size: bytes.length, sha256: sha256Of(bytes) })),
    );
    const paths = manifest.files.map((file) => file.path);
    expect(paths).toEqual(expect.arrayContaining(['settings.json', 'releases/index.json']));
    expect(paths.filter((path) => path.startsWith('contacts/shard-')).length).toBeGreaterThan(0);
    expect(
      paths.filter((path) => /^(quarantine|logs|\.profile|backups|newsroom\.lock)\b|\.tmp$/.test(path)),
    ).toEqual([]);
    expect(manifest).toMatchObject({
      format: 'newsroom-backup',
      schemaVersion: 1,
      reason: 'start',
      dataVersions: expect.objectContaining({ settings: 1, contactShard: 1 }),
    });
    expect((await readFile(backup.path)).length).toBe(backup.sizeBytes);
  });

  it('gives two backups taken in the same second different ids', async () => {
    await sampleDataFolder();
    const now = at('2026-11-28T17:05:12Z');
    const first = await createBackup(dataDir, { reason: 'manual', now });
    const second = await createBackup(dataDir, { reason: 'manual', now });
    expect([first.id, second.id]).toEqual(['20261128T170512Z-manual', '20261128T170512Z-manual-2']);
    expect((await listBackups(dataDir)).map((backup) => backup.id)).toEqual([second.id, first.id]);
  });

  it('removes the temp file of a backup that a crash interrupted, which was never listed', async () => {
    await sampleDataFolder();
    await mkdir(join(dataDir, 'backups'));
    const leftOver = '.20261128T170512Z-start.tar.4242.a1b2c3d4e5f6.tmp';
    await writeFile(join(dataDir, 'backups', leftOver), 'the first half of an archive');
    expect(await listBackups(dataDir)).toEqual([]);

    const backup = await createBackup(dataDir, { reason: 'start', now: at('2026-11-28T18:00:00Z') });
    expect(await readdir(join(dataDir, 'backups'))).toEqual([`${backup.id}.tar`]);
  });

  it('fails with WRITE_FAILED and a reason when the backups folder cannot be made', async () => {
    await sampleDataFolder();
    await writeFile(join(dataDir, 'backups'), 'a file where the folder should be');
    await expect(createBackup(dataDir, { reason: 'interval' })).rejects.toMatchObject({
      code: 'WRITE_FAILED',
      message: expect.stringMatching(/^Could not write a backup of .+: /),
    });
  });

  it('backs up an empty data folder as an archive with no files', async () => {
    const backup = await createBackup(dataDir, { reason: 'start' });
    expect(backup.fileCount).toBe(0);
    expect(await verifyBackup(dataDir, backup.id)).toMatchObject({ damage: null, contentVerified: true });
  });
});

describe('listBackups', () => {
  it('lists nothing when the backups folder is missing or empty', async () => {
    expect(await listBackups(dataDir)).toEqual([]);
    await mkdir(join(dataDir, 'backups'));
    expect(await listBackups(dataDir)).toEqual([]);
    expect(await listBackups(join(dataDir, 'no such folder'))).toEqual([]);
  });

  it('lists backups newest first with their reason, size and file count, and ignores other files', async () => {
    await sampleDataFolder();
    const older = await createBackup(dataDir, { reason: 'start', now: at('2026-11-27T09:00:00Z') });
    const newer = await createBackup(dataDir, { reason: 'interval', now: at('2026-11-28T09:15:00Z') });
    await writeFile(join(dataDir, 'backups', 'notes.txt'), 'not a backup');
    await writeFile(join(dataDir, 'backups', 'Newsroom backup 2026-11-28 1705.tar'), 'not a rolling one');

    const listed = await listBackups(dataDir);
    expect(listed).toEqual([
      { ...newer, contentVerified: false },
      { ...older, contentVerified: false },
    ]);
  });

  it('lists a cut-short archive and one without a manifest as damaged, from their ids', async () => {
    await sampleDataFolder();
    const cut = await createBackup(dataDir, { reason: 'start', now: at('2026-11-27T09:00:00Z') });
    await truncate(cut.path, cut.sizeBytes - 2048);
    await writeFile(join(dataDir, 'backups', '20261128T090000Z-manual.tar'), 'no manifest here');

    const listed = await listBackups(dataDir);
    expect(listed).toEqual([
      expect.objectContaining({
        id: '20261128T090000Z-manual',
        createdAt: '2026-11-28T09:00:00.000Z',
        reason: 'manual',
        damage: 'The archive is cut short',
      }),
      expect.objectContaining({ id: cut.id, reason: 'start', damage: 'The archive is cut short' }),
    ]);
  });
});

describe('verifyBackup', () => {
  it('finds an edited file, which the quick check of listing cannot see', async () => {
    await sampleDataFolder();
    const backup = await createBackup(dataDir, { reason: 'manual' });
    await overwriteByteOfEntry(backup.path, 'settings.json');

    expect((await listBackups(dataDir))[0]).toMatchObject({ damage: null, contentVerified: false });
    expect(await verifyBackup(dataDir, backup.id)).toMatchObject({
      damage: 'settings.json in the backup does not match its checksum',
      contentVerified: true,
    });
  });

  it('verifies an intact backup', async () => {
    await sampleDataFolder();
    const backup = await createBackup(dataDir, { reason: 'manual' });
    expect(await verifyBackup(dataDir, backup.id)).toEqual({ ...backup, contentVerified: true });
  });

  it('fails with NOT_FOUND for an unknown backup', async () => {
    await expect(verifyBackup(dataDir, '20261128T090000Z-manual')).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    await expect(verifyBackup(dataDir, '../settings')).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});
