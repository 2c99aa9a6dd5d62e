import { mkdir, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { encodeArchive } from '../../../../../electron/core/backup/archive-writer';
import { buildManifest } from '../../../../../electron/core/backup/backup-manifest';
import { restoreBackup } from '../../../../../electron/core/backup/restore-backup';
import { makeTempDir, removeTempDir } from '../../../../support/temp-dir';
import { describeSnapshot, snapshotDataFolder } from './support/data-snapshot';

/*
 * An archive restored from a path may come from anywhere. These are made by hand, well-formed but
 * hostile or odd: each must be refused before anything in the data folder changes.
 */

let dataDir: string;
let elsewhere: string;
beforeEach(async () => {
  dataDir = await makeTempDir();
  elsewhere = await makeTempDir('newsroom-elsewhere-');
  await mkdir(join(dataDir, 'releases'));
  await writeFile(join(dataDir, 'settings.json'), '{"schemaVersion":1}\n');
  await writeFile(join(dataDir, 'releases', 'index.json'), '{"schemaVersion":1}\n');
});
afterEach(async () => {
  await removeTempDir(dataDir);
  await removeTempDir(elsewhere);
});

async function archiveHolding(paths: string[]): Promise<string> {
  const files = paths.map((path) => ({ path, bytes: Buffer.from('{}\n') }));
  const archive = join(elsewhere, 'crafted.tar');
  await writeFile(archive, Buffer.concat(encodeArchive(buildManifest(new Date(), 'manual', files), files)));
  return archive;
}

describe('restoring a hand-made archive', () => {
  const refused: Record<string, string[]> = {
    'a path that climbs out of the data folder': ['../outside.json'],
    'an absolute path': ['/etc/newsroom.json'],
    'a path into the backups folder': ['backups/20261128T090000Z-start.tar'],
    'a path into the quarantine': ['quarantine/settings.json'],
    'the lock file': ['newsroom.lock'],
    'a hidden file': ['releases/.index.json.1.abc.tmp'],
    'a Windows device name': ['releases/CON.json'],
    'a backslash': ['releases\\index.json'],
    'the same file twice, in two cases': ['settings.json', 'Settings.json'],
    'a file that is also a folder': ['contacts', 'contacts/shard-00.json'],
  };
  for (const [what, paths] of Object.entries(refused)) {
    it(`refuses ${what}, as a damaged backup`, async () => {
      const before = describeSnapshot(await snapshotDataFolder(dataDir));
      await expect(restoreBackup(dataDir, await archiveHolding(paths))).rejects.toMatchObject({
        code: 'INVALID_INPUT',
        message: expect.stringContaining('is damaged and was not restored'),
      });
      expect(describeSnapshot(await snapshotDataFolder(dataDir))).toEqual(before);
      expect(await readdir(dataDir)).toEqual(expect.not.arrayContaining(['backups', '.restore']));
    });
  }

  it('refuses a file where the data folder has a folder, before taking any backup', async () => {
    await expect(restoreBackup(dataDir, await archiveHolding(['releases']))).rejects.toMatchObject({
      code: 'INVALID_INPUT',
      message: 'The backup has a file releases where the data folder has a folder',
    });
    expect(await readdir(dataDir)).toEqual(expect.not.arrayContaining(['backups', '.restore']));
  });

  it('refuses a folder where the data folder has a file', async () => {
    await expect(
      restoreBackup(dataDir, await archiveHolding(['settings.json/inner.json'])),
    ).rejects.toMatchObject({
      code: 'INVALID_INPUT',
      message: 'The backup needs a folder settings.json where the data folder has a file',
    });
  });

  it('refuses a folder, which is not an archive', async () => {
    await expect(restoreBackup(dataDir, elsewhere)).rejects.toMatchObject({ code: 'INVALID_INPUT' });
  });

  it('restores an unknown but well-named data file, which a newer version may have written', async () => {
    await restoreBackup(dataDir, await archiveHolding(['settings.json', 'media/photo-index.json']));
    expect([...(await snapshotDataFolder(dataDir)).keys()]).toEqual([
      'media/photo-index.json',
      'settings.json',
    ]);
  });
});
