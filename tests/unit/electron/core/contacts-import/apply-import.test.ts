import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { applyImport } from '../../../../../electron/core/contacts-import/apply-import';
import { findContactPhoto } from '../../../../../electron/core/contacts-import/contact-photos';
import { listImports } from '../../../../../electron/core/contacts-import/import-record';
import { planImport } from '../../../../../electron/core/contacts-import/plan-import';
import { describeImportUndo, undoImport } from '../../../../../electron/core/contacts-import/undo-import';
import type { NewsroomStore } from '../../../../../electron/core/store/newsroom-store';
import { makeTempDir, removeTempDir } from '../../../../support/temp-dir';
import { tinyPng } from '../contacts-io/support/fixture-builders';
import {
  byFamilyName,
  importTime,
  openScenarioStore,
  scenarioDecisions,
  scenarioPlan,
  searchCount,
  seedDirectory,
  snapshotDirectory,
} from './support/import-scenario';

let dataDir: string;
let store: NewsroomStore;

beforeEach(async () => {
  dataDir = await makeTempDir();
  store = await openScenarioStore(dataDir);
  await store.contactIndexReady;
});
afterEach(async () => {
  await store.close();
  await removeTempDir(dataDir);
});

const importId = '3f6c1d2e-8a4b-4c5d-9e6f-7a8b9c0d1e2f';
const apply = async () =>
  applyImport(store, await scenarioPlan(store), scenarioDecisions, {
    importId,
    now: importTime,
    fileName: 'press.vcf',
  });

describe('applying an import', () => {
  it('adds, merges and keeps both as decided, in memory, in the search index and after reopening', async () => {
    const { muller, nowak } = await seedDirectory(store);
    expect(await apply()).toEqual({ importId, added: 3, merged: 3, skipped: 0, photos: 1 });

    const check = async (current: NewsroomStore) => {
      expect(current.contacts.count).toBe(6);
      expect(current.contacts.get(muller.id)).toMatchObject({
        role: 'Redakteur',
        notes: 'Imported: role: Chefredakteur',
        updatedAt: importTime.toISOString(),
      });
      expect(current.contacts.get(nowak.id)).toMatchObject({
        givenName: 'Anna',
        role: 'Editor',
        notes: 'Imported: given name: A.',
      });
      // The repeated record went into the contact the first one became.
      expect(byFamilyName(current, 'Larsen')).toMatchObject({
        givenName: 'Zoë',
        notes: 'Prefers email.',
        createdAt: importTime.toISOString(),
      });
      expect(byFamilyName(current, 'Schmidt').phones).toEqual([{ number: '+49 40 1234 5678', kind: 'tel' }]);
      expect(await searchCount(current, 'larsen')).toBe(1);
      expect(await searchCount(current, 'chefredakteur')).toBe(0);
      expect(await searchCount(current, 'dubois radio')).toBe(1);
    };
    await check(store);
    const before = await snapshotDirectory(store);
    await store.close();
    store = await openScenarioStore(dataDir);
    await check(store);
    expect(await snapshotDirectory(store)).toEqual(before);
  });

  it('stores a photo as a file named by the contact, never in the JSON', async () => {
    await seedDirectory(store);
    await apply();
    const larsen = byFamilyName(store, 'Larsen');
    const photo = await findContactPhoto(dataDir, larsen.id);
    expect(photo).toBe(join(dataDir, 'contacts', 'photos', `${larsen.id}.png`));
    expect((await readFile(photo!)).toString('base64')).toBe(tinyPng);
    const shards = await readdir(join(dataDir, 'contacts'));
    for (const shard of shards.filter((name) => name.startsWith('shard-'))) {
      expect(await readFile(join(dataDir, 'contacts', shard), 'utf8')).not.toContain(tinyPng.slice(0, 20));
    }
  });

  it('keeps a contact’s photo and says so in the notes when a merged record brings another', async () => {
    await seedDirectory(store);
    await apply();
    const larsen = byFamilyName(store, 'Larsen');
    const again = await planImport(
      {
        records: [
          { ...larsen, photo: { mimeType: 'image/gif', bytes: new Uint8Array([0x47, 0x49, 0x46, 0x38]) } },
        ],
        errors: [],
      },
      store.contacts.all(),
    );
    await applyImport(store, again, { 0: 'merge' }, { importId: 'second', now: importTime });
    expect(store.contacts.get(larsen.id).notes).toBe(
      'Prefers email.\nImported: photo: not kept, the contact already has one',
    );
    expect(await readdir(join(dataDir, 'contacts', 'photos'))).toEqual([`${larsen.id}.png`]);
  });

  it('refuses decisions that do not fit the plan, and an import applied twice, changing nothing', async () => {
    await seedDirectory(store);
    const plan = await scenarioPlan(store);
    const options = { importId, now: importTime };
    const unchanged = await snapshotDirectory(store);
    await expect(applyImport(store, plan, { 0: 'merge' }, options)).rejects.toMatchObject({
      code: 'INVALID_INPUT',
      message: expect.stringContaining('records 2, 4, 5 have no choice'),
    });
    await expect(
      applyImport(store, plan, { ...scenarioDecisions, 2: 'merge' }, options),
    ).rejects.toMatchObject({
      code: 'INVALID_INPUT',
      message: 'Record 3 duplicates nothing to merge with',
    });
    await expect(
      applyImport(store, plan, { ...scenarioDecisions, 9: 'skip' }, options),
    ).rejects.toMatchObject({
      code: 'INVALID_INPUT',
    });
    expect(await snapshotDirectory(store)).toEqual(unchanged);
    await applyImport(store, plan, scenarioDecisions, options);
    await expect(applyImport(store, plan, scenarioDecisions, options)).rejects.toMatchObject({
      code: 'INVALID_INPUT',
      message: `The import ${importId} was already applied`,
    });
  });

  it('refuses a merge the store could not hold, before writing anything', async () => {
    const { nowak } = await seedDirectory(store);
    await store.contacts.update({ ...nowak, notes: 'x'.repeat(19_990) });
    const plan = await planImport(
      { records: [{ ...nowak, organisation: 'Gazeta Zachodnia' }], errors: [] },
      store.contacts.all(),
    );
    const unchanged = await snapshotDirectory(store);
    await expect(
      applyImport(store, plan, { 0: 'merge' }, { importId, now: importTime }),
    ).rejects.toMatchObject({
      code: 'INVALID_INPUT',
      message: expect.stringContaining('Record 1 cannot be merged into Anna Nowak: The notes is longer than'),
    });
    expect(await snapshotDirectory(store)).toEqual(unchanged);
  });

  it('adds a record whose match was deleted since the plan was made, rather than losing it', async () => {
    const { nowak } = await seedDirectory(store);
    const plan = await scenarioPlan(store);
    await store.contacts.delete(nowak.id);
    await applyImport(store, plan, scenarioDecisions, { importId, now: importTime });
    expect(byFamilyName(store, 'Nowak')).toMatchObject({ givenName: 'A.', role: 'Editor' });
  });

  it('lets an edit made during the import wait for it, and keeps both', async () => {
    const { desk } = await seedDirectory(store);
    const plan = await scenarioPlan(store);
    const finished: string[] = [];
    const importing = applyImport(store, plan, scenarioDecisions, { importId, now: importTime });
    const editing = store.contacts.update({ ...desk, city: 'London' });
    await Promise.all([
      importing.then(() => finished.push('import')),
      editing.then(() => finished.push('edit')),
    ]);
    expect(finished).toEqual(['import', 'edit']);
    await store.close();
    store = await openScenarioStore(dataDir);
    expect(store.contacts.get(desk.id).city).toBe('London');
    expect(store.contacts.count).toBe(6);
  });
});

describe('undoing an import', () => {
  it('puts the directory back as it was, photos and undo record included, in memory and on disk', async () => {
    const { desk } = await seedDirectory(store);
    const list = await store.contactLists.create('Shipping desk');
    await store.contactLists.add(list.id, [desk.id]);
    const before = await snapshotDirectory(store);
    await apply();
    const larsen = byFamilyName(store, 'Larsen');
    await store.contactLists.add(list.id, [larsen.id]);

    expect(await listImports(dataDir)).toEqual([
      { importId, importedAt: importTime.toISOString(), fileName: 'press.vcf', added: 3, merged: 2 },
    ]);
    const undo = await undoImport(store, importId);
    expect(undo).toEqual({ importId, removed: 3, restored: 2, editedSinceImport: [], alreadyGone: 0 });
    expect(await snapshotDirectory(store)).toEqual(before);
    expect(await searchCount(store, 'larsen')).toBe(0);
    expect([...store.contactLists.membersOf([list.id])]).toEqual([desk.id]);
    expect(await listImports(dataDir)).toEqual([]);

    await store.close();
    store = await openScenarioStore(dataDir);
    expect(await snapshotDirectory(store)).toEqual(before);
    await expect(undoImport(store, importId)).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('says which contacts were edited since, and leaves deleted ones deleted', async () => {
    const { muller } = await seedDirectory(store);
    await apply();
    const edited = await store.contacts.update({ ...store.contacts.get(muller.id), city: 'Hamburg' });
    await store.contacts.delete(byFamilyName(store, 'Dubois').id);
    const expected = { importId, removed: 2, restored: 2, editedSinceImport: [edited.id], alreadyGone: 1 };
    expect(await describeImportUndo(store, importId)).toEqual(expected);
    expect(await undoImport(store, importId)).toEqual(expected);
    expect(store.contacts.get(muller.id)).toEqual(muller);
    expect(store.contacts.count).toBe(3);
  });
});
