import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createBackup } from '../../../../../electron/core/backup/create-backup';
import { verifyBackup } from '../../../../../electron/core/backup/list-backups';
import { recoverFile } from '../../../../../electron/core/backup/recover-file';
import { storeLayout } from '../../../../../electron/core/store/layout';
import { quarantineFile } from '../../../../../electron/core/store/quarantine';
import { openTestStore } from '../../../../support/open-test-store';
import { makeTempDir, removeTempDir } from '../../../../support/temp-dir';
import { overwriteByteOfEntry } from './support/archive-surgery';

let dataDir: string;
let settingsPath: string;
beforeEach(async () => {
  dataDir = await makeTempDir();
  settingsPath = storeLayout(dataDir).settings;
});
afterEach(() => removeTempDir(dataDir));

/** Three backups, each with a different organisation name in settings.json; the newest first. */
async function threeBackupsOfSettings(): Promise<{ ids: string[]; copies: string[] }> {
  const store = await openTestStore(dataDir, { seedSampleOnFirstRun: true });
  const ids: string[] = [];
  const copies: string[] = [];
  for (const [index, name] of ['Monday', 'Tuesday', 'Wednesday'].entries()) {
    await store.settings.update({
      organisation: { ...store.settings.get().organisation, name: `Office on ${name}` },
    });
    copies.unshift(await readFile(settingsPath, 'utf8'));
    const now = new Date(`2026-11-2${index + 5}T09:00:00Z`);
    ids.unshift((await createBackup(dataDir, { reason: 'start', now })).id);
  }
  await store.close();
  return { ids, copies };
}
const archiveOf = (id: string) => join(dataDir, 'backups', `${id}.tar`);

describe('recoverFile', () => {
  it('puts back the newest backup’s copy of a quarantined file, and the store opens on it', async () => {
    const { ids, copies } = await threeBackupsOfSettings();
    await writeFile(settingsPath, '{"schemaVersion": 1, "settings": {"th');
    await quarantineFile(dataDir, settingsPath);

    const recovered = await recoverFile(dataDir, 'settings.json');

    expect(recovered?.from).toMatchObject({ id: ids[0], reason: 'start' });
    expect(await readFile(settingsPath, 'utf8')).toBe(copies[0]);
    const store = await openTestStore(dataDir);
    expect(store.notices).toEqual([]);
    expect(store.settings.get().organisation.name).toBe('Office on Wednesday');
    await store.close();
  });

  it('skips a backup whose copy does not match its checksum', async () => {
    const { ids, copies } = await threeBackupsOfSettings();
    await overwriteByteOfEntry(archiveOf(ids[0]!), 'settings.json');

    expect((await recoverFile(dataDir, 'settings.json'))?.from.id).toBe(ids[1]);
    expect(await readFile(settingsPath, 'utf8')).toBe(copies[1]);
  });

  it('skips a backup that saved the file already broken, and one that is cut short', async () => {
    const { ids, copies } = await threeBackupsOfSettings();
    // Taken after the file went bad: its copy matches its checksum but is not JSON.
    await writeFile(settingsPath, '{"schemaVersion": 1, "sett');
    const savedBroken = await createBackup(dataDir, {
      reason: 'interval',
      now: new Date('2026-11-28T09:00:00Z'),
    });
    const cut = await createBackup(dataDir, { reason: 'interval', now: new Date('2026-11-29T09:00:00Z') });
    await writeFile(cut.path, (await readFile(cut.path)).subarray(0, 3000));
    expect(await verifyBackup(dataDir, savedBroken.id)).toMatchObject({ damage: null });
    await quarantineFile(dataDir, settingsPath);

    const recovered = await recoverFile(dataDir, 'settings.json');

    expect(recovered?.from.id).toBe(ids[0]);
    expect(await readFile(settingsPath, 'utf8')).toBe(copies[0]);
  });

  it('finds a file inside a folder, given with the platform’s separator', async () => {
    const store = await openTestStore(dataDir, { seedSampleOnFirstRun: true });
    await createBackup(dataDir, { reason: 'start' });
    await store.close();
    const index = storeLayout(dataDir).releasesIndex;
    const good = await readFile(index, 'utf8');
    await quarantineFile(dataDir, index);

    expect(await recoverFile(dataDir, join('releases', 'index.json'))).not.toBeNull();
    expect(await readFile(index, 'utf8')).toBe(good);
  });

  it('returns null when no backup has a good copy, and writes nothing', async () => {
    const { ids } = await threeBackupsOfSettings();
    for (const id of ids) await overwriteByteOfEntry(archiveOf(id), 'settings.json');
    await quarantineFile(dataDir, settingsPath);

    expect(await recoverFile(dataDir, 'settings.json')).toBeNull();
    await expect(readFile(settingsPath)).rejects.toMatchObject({ code: 'ENOENT' });
    expect(await recoverFile(dataDir, 'releases/not-in-any-backup.json')).toBeNull();
  });

  it('returns null when there are no backups at all', async () => {
    expect(await recoverFile(dataDir, 'settings.json')).toBeNull();
  });

  it('refuses a path outside the data files', async () => {
    for (const path of ['../settings.json', 'backups/x.json', 'quarantine/settings.json', '']) {
      await expect(recoverFile(dataDir, path)).rejects.toMatchObject({ code: 'INVALID_INPUT' });
    }
  });
});
