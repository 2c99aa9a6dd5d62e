import { access, readdir, rm, truncate, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { backupToFolder } from '../../../../../electron/core/backup/backup-to-folder';
import { createBackup } from '../../../../../electron/core/backup/create-backup';
import { listBackups } from '../../../../../electron/core/backup/list-backups';
import { restoreBackup } from '../../../../../electron/core/backup/restore-backup';
import type { NewsroomStore } from '../../../../../electron/core/store/newsroom-store';
import { openTestStore } from '../../../../support/open-test-store';
import { makeTempDir, removeTempDir } from '../../../../support/temp-dir';
import { overwriteByteOfEntry, removeEntry } from './support/archive-surgery';
import { describeSnapshot, snapshotDataFolder } from './support/data-snapshot';

let dataDir: string;
beforeEach(async () => {
  dataDir = await makeTempDir();
});
afterEach(() => removeTempDir(dataDir));

const at = (iso: string) => new Date(iso);

/** What a person sees of the store, read through the repositories. */
async function visibleState(store: NewsroomStore) {
  const releases = store.releases.list();
  return {
    organisation: store.settings.get().organisation.name,
    theme: store.settings.get().theme,
    headlines: (await Promise.all(releases.map((release) => store.releases.get(release.id))))
      .map((release) => release.headline)
      .sort(),
    contacts: [...store.contacts.all()].map((contact) => contact.familyName || contact.organisation).sort(),
  };
}

/**
 * The first-run sample, backed up; then edited: settings changed, a release edited, a release added
 * (a file the backup does not have), a contact deleted.
 */
async function sampleBackedUpThenEdited() {
  const store = await openTestStore(dataDir, { seedSampleOnFirstRun: true });
  await store.contactIndexReady;
  const sampleState = await visibleState(store);
  const backup = await createBackup(dataDir, { reason: 'manual', now: at('2026-11-28T09:00:00Z') });
  const sampleFiles = await snapshotDataFolder(dataDir);

  await store.settings.update({ theme: 'dark' });
  const [first] = store.releases.list();
  await store.releases.save({
    ...(await store.releases.get(first!.id)),
    headline: 'Edited after the backup',
  });
  await store.releases.create({ language: 'en', headline: 'Written after the backup' }, store.settings.get());
  const [contact] = store.contacts.all();
  await store.contacts.delete(contact!.id);
  const editedState = await visibleState(store);
  await store.close();
  const editedFiles = await snapshotDataFolder(dataDir);
  return { backup, sampleState, sampleFiles, editedState, editedFiles };
}

async function reopened<T>(read: (store: NewsroomStore) => Promise<T>): Promise<T> {
  const store = await openTestStore(dataDir);
  try {
    expect(store.notices).toEqual([]);
    return await read(store);
  } finally {
    await store.close();
  }
}

describe('restoreBackup', () => {
  it('puts back every data file byte for byte, and the store shows the backed-up data again', async () => {
    const { backup, sampleState, sampleFiles, editedState } = await sampleBackedUpThenEdited();
    expect(editedState).not.toEqual(sampleState);

    const { restoredFrom, undoBackup } = await restoreBackup(dataDir, backup.id, at('2026-11-28T10:00:00Z'));

    expect(restoredFrom).toEqual({ ...backup, contentVerified: true });
    expect(undoBackup).toMatchObject({ id: '20261128T100000Z-before-restore', reason: 'before-restore' });
    expect(describeSnapshot(await snapshotDataFolder(dataDir))).toEqual(describeSnapshot(sampleFiles));
    expect(await reopened(visibleState)).toEqual(sampleState);
    // Nothing of the restore's own machinery is left in the data folder.
    expect((await readdir(dataDir)).filter((name) => name.startsWith('.'))).toEqual([]);
  });

  it('can be undone by restoring the before-restore backup it took', async () => {
    const { backup, editedState, editedFiles } = await sampleBackedUpThenEdited();
    const { undoBackup } = await restoreBackup(dataDir, backup.id, at('2026-11-28T10:00:00Z'));

    await restoreBackup(dataDir, undoBackup.id, at('2026-11-28T10:01:00Z'));

    expect(describeSnapshot(await snapshotDataFolder(dataDir))).toEqual(describeSnapshot(editedFiles));
    expect(await reopened(visibleState)).toEqual(editedState);
    expect((await listBackups(dataDir)).map((listed) => listed.reason)).toEqual([
      'before-restore',
      'before-restore',
      'manual',
    ]);
  });

  it('restores an archive written to a folder the person chose, from its path', async () => {
    const { sampleState } = await sampleBackedUpThenEdited();
    await restoreBackup(dataDir, '20261128T090000Z-manual');
    const usbStick = await makeTempDir('newsroom-usb-');
    try {
      const store = await openTestStore(dataDir);
      const archive = await backupToFolder(dataDir, usbStick, at('2026-11-28T16:05:00Z'), 'Europe/Paris');
      await store.settings.update({ theme: 'dark' });
      await store.close();

      const { restoredFrom } = await restoreBackup(dataDir, archive);

      expect(restoredFrom).toMatchObject({
        id: 'Newsroom backup 2026-11-28 1705',
        path: archive,
        reason: 'manual',
      });
      expect(await reopened(visibleState)).toEqual(sampleState);
    } finally {
      await removeTempDir(usbStick);
    }
  });

  it('refuses while a store is open on the folder', async () => {
    const store = await openTestStore(dataDir, { seedSampleOnFirstRun: true });
    const backup = await createBackup(dataDir, { reason: 'manual' });
    await expect(restoreBackup(dataDir, backup.id)).rejects.toMatchObject({ code: 'STORE_LOCKED' });
    await store.close();
  });

  describe('refuses a damaged backup and changes nothing', () => {
    const damages = {
      'a file edited': overwriteByteOfEntry,
      'a file missing': removeEntry,
      'the archive cut short': async (archive: string) => truncate(archive, 4096),
      'no manifest at all': async (archive: string) => writeFile(archive, 'not an archive'),
    } satisfies Record<string, (archive: string, path: string) => Promise<void>>;

    for (const [kind, damage] of Object.entries(damages)) {
      it(`with ${kind}`, async () => {
        const { backup, editedFiles } = await sampleBackedUpThenEdited();
        await damage(backup.path, 'settings.json');

        await expect(restoreBackup(dataDir, backup.id)).rejects.toMatchObject({
          code: 'INVALID_INPUT',
          message: expect.stringMatching(/is damaged and was not restored: .+/),
        });

        expect(describeSnapshot(await snapshotDataFolder(dataDir))).toEqual(describeSnapshot(editedFiles));
        expect((await listBackups(dataDir)).map((listed) => listed.id)).toEqual([backup.id]);
        expect((await readdir(dataDir)).filter((name) => name.startsWith('.'))).toEqual([]);
      });
    }
  });

  it('fails with NOT_FOUND for a backup that does not exist', async () => {
    await expect(restoreBackup(dataDir, '20261128T090000Z-manual')).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    await expect(restoreBackup(dataDir, join(dataDir, 'nowhere.tar'))).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    await expect(restoreBackup(dataDir, 'settings.json')).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('gives the lock back, whether it succeeds or fails', async () => {
    const { backup } = await sampleBackedUpThenEdited();
    await rm(backup.path);
    await expect(restoreBackup(dataDir, backup.id)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(access(join(dataDir, 'newsroom.lock'))).rejects.toMatchObject({ code: 'ENOENT' });
  });
});
