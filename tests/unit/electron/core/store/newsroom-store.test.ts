import { readdir, readFile } from 'node:fs/promises';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { storeLayout } from '../../../../../electron/core/store/layout';
import { makeTempDir, removeTempDir } from '../../../../support/temp-dir';
import { openTestStore } from '../../../../support/open-test-store';

let dataDir: string;
beforeEach(async () => {
  dataDir = await makeTempDir();
});
afterEach(() => removeTempDir(dataDir));

describe('NewsroomStore', () => {
  it('creates the sample newsroom on first run, in the person’s language', async () => {
    const store = await openTestStore(dataDir, { seedSampleOnFirstRun: true, locale: 'fr-FR' });
    expect(store.isFirstRun).toBe(true);
    expect(store.settings.get()).toMatchObject({
      uiLanguage: 'fr',
      organisation: { name: 'Alliance for Coastal Towns' },
    });
    expect(
      store.releases
        .list()
        .map((release) => release.language)
        .sort(),
    ).toEqual(['en', 'fr']);
    expect(store.contacts.count).toBeGreaterThanOrEqual(5);
    await store.close();

    const layout = storeLayout(dataDir);
    const onDisk = JSON.parse(await readFile(layout.settings, 'utf8'));
    expect(onDisk).toMatchObject({ schemaVersion: 1, settings: { uiLanguage: 'fr' } });
    expect((await readdir(layout.releasesFolder)).filter((name) => name.endsWith('.json'))).toHaveLength(3);
  });

  it('does not create the sample again in a folder that already has data', async () => {
    const first = await openTestStore(dataDir, { seedSampleOnFirstRun: true });
    const [release] = first.releases.list();
    await first.releases.save({ ...(await first.releases.get(release!.id)), headline: 'Edited' });
    await first.close();

    const second = await openTestStore(dataDir, { seedSampleOnFirstRun: true });
    expect(second.isFirstRun).toBe(false);
    expect(second.releases.list()).toHaveLength(2);
    expect((await second.releases.get(release!.id)).headline).toBe('Edited');
    await second.close();
  });

  it('gives back what was saved after being closed and opened again', async () => {
    const store = await openTestStore(dataDir);
    await store.settings.update({
      organisation: { name: 'Commission côtière', address: '', website: '', email: '', phone: '' },
    });
    const contact = await store.contacts.create({
      givenName: 'Łukasz',
      familyName: 'Wiśniewski',
      emails: [{ address: 'łukasz@example.pl', label: 'work' }],
    });
    const release = await store.releases.create(
      { language: 'fr', headline: 'Communiqué' },
      store.settings.get(),
    );
    await store.close();

    const reopened = await openTestStore(dataDir);
    expect(reopened.settings.get().organisation.name).toBe('Commission côtière');
    expect(reopened.contacts.get(contact.id)).toEqual(contact);
    expect(await reopened.releases.get(release.id)).toEqual(release);
    await reopened.close();
  });

  it('refuses to open a folder that another store has open', async () => {
    const store = await openTestStore(dataDir);
    await expect(openTestStore(dataDir)).rejects.toMatchObject({ code: 'STORE_LOCKED' });
    await store.close();
  });

  it('tells listeners when the contact search index is ready, so that early searches are asked again', async () => {
    const store = await openTestStore(dataDir);
    const scopes: string[] = [];
    store.events.subscribe((change) => scopes.push(change.scope));
    await store.contactIndexReady;
    expect(scopes).toEqual(['contacts']);
    await store.close();
  });

  it('tells listeners which part of the store changed', async () => {
    const store = await openTestStore(dataDir);
    await store.contactIndexReady;
    const scopes: string[] = [];
    store.events.subscribe((change) => scopes.push(change.scope));
    await store.settings.update({ theme: 'dark' });
    await store.contacts.create({ familyName: 'Müller' });
    await store.releases.create({ language: 'en', headline: '' }, store.settings.get());
    expect(scopes).toEqual(['settings', 'contacts', 'releases']);
    await store.close();
  });
});

describe('settings', () => {
  it('change only the fields a patch names', async () => {
    const store = await openTestStore(dataDir, { seedSampleOnFirstRun: true });
    const before = store.settings.get();
    const after = await store.settings.update({ theme: 'dark' });
    expect(after).toEqual({ ...before, theme: 'dark' });
    await store.close();
  });
});
