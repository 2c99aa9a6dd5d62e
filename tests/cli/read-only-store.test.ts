import { access, mkdir, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { NewsroomStore } from '../../electron/core/store/newsroom-store';
import { StoreLock } from '../../electron/core/store/store-lock';
import { AppFailure } from '../../electron/shared/result';
import { openTestStore, testStoreOptions } from '../support/open-test-store';
import { makeTempDir, removeTempDir } from '../support/temp-dir';
import { fingerprint } from './support/newsroom-process';

/**
 * NewsroomStore's read-only open, which the command line's reading commands use so that they work
 * while the app holds the folder: no lock, no write of any kind.
 */
let dataDir: string;
const openReadOnly = (dir = dataDir) => NewsroomStore.open(testStoreOptions(dir, { readOnly: true }));
const failureCode = (promise: Promise<unknown>) =>
  promise.then(
    () => 'resolved',
    (error: unknown) => (error instanceof AppFailure ? error.code : String(error)),
  );

beforeEach(async () => {
  dataDir = await makeTempDir('newsroom-read-only-');
  const store = await openTestStore(dataDir);
  await store.contacts.create({ givenName: 'Inès', familyName: 'Benali', organisation: 'Le Quotidien' });
  await store.releases.create({ language: 'en', headline: 'Night reading room' }, store.settings.get());
  await store.contactLists.create('Health desk');
  await store.close();
});
afterEach(() => removeTempDir(dataDir));

describe('a store opened read-only', () => {
  it('reads beside the holder of the lock, and leaves the lock to it', async () => {
    const appLock = await StoreLock.acquire(dataDir, 'the Newsroom app');
    // A temp file of a write in progress in the app: a writer's open would clean it away.
    await writeFile(join(dataDir, '.4242.abcdef.tmp'), 'half a write');
    const before = await fingerprint(dataDir);

    const store = await openReadOnly();
    await store.contactIndexReady;
    expect(store.releases.list().map((summary) => summary.headline)).toEqual(['Night reading room']);
    expect(
      store.contacts.query(
        {
          text: 'benali',
          filters: { beats: [], organisations: [], countries: [], languages: [], tags: [], listIds: [] },
          sort: { column: 'relevance', direction: 'asc' },
          offset: 0,
          limit: 5,
        },
        'en',
      ).total,
    ).toBe(1);
    await store.close();

    expect(await fingerprint(dataDir)).toBe(before);
    // The app still holds the folder: a writer is refused, then let in once the app lets go.
    expect(await failureCode(openTestStore(dataDir))).toBe('STORE_LOCKED');
    await appLock.release();
    await (await openTestStore(dataDir)).close();
  });

  it('refuses every change with READ_ONLY and writes nothing', async () => {
    const before = await fingerprint(dataDir);
    const store = await openReadOnly();
    const [release] = store.releases.list();
    const settings = store.settings.get();
    const attempts = [
      store.settings.update({ theme: 'dark' }),
      store.releases.create({ language: 'fr', headline: 'Salle de lecture' }, settings),
      store.releases.delete(release!.id),
      store.contacts.create({ givenName: 'Jonas', familyName: 'Berg', organisation: 'Nordlys' }),
      store.contactLists.create('Sports desk'),
    ];
    expect(await Promise.all(attempts.map(failureCode))).toEqual(attempts.map(() => 'READ_ONLY'));
    await store.close();
    expect(await fingerprint(dataDir)).toBe(before);
  });

  it('reports a damaged file instead of setting it aside, which is for the app to do', async () => {
    const shard = join(dataDir, 'contacts', 'shard-00.json');
    await writeFile(shard, '{"schemaVersion": 1, "contacts": [ cut off');
    const before = await fingerprint(dataDir);
    const error = await openReadOnly().catch((failure: unknown) => failure);
    expect(error).toBeInstanceOf(AppFailure);
    expect((error as AppFailure).message).toContain(`${shard} cannot be read`);
    expect(await fingerprint(dataDir)).toBe(before);
    await expect(access(join(dataDir, 'quarantine'))).rejects.toThrow();
  });

  it('says NOT_FOUND for a folder that is not there, and makes nothing; an empty folder reads as empty', async () => {
    const missing = join(dataDir, 'missing');
    expect(await failureCode(openReadOnly(missing))).toBe('NOT_FOUND');
    await expect(access(missing)).rejects.toThrow();

    const empty = join(dataDir, 'empty');
    await mkdir(empty);
    const store = await openReadOnly(empty);
    expect(store.releases.list()).toEqual([]);
    expect(store.contacts.count).toBe(0);
    expect(store.isFirstRun).toBe(true);
    await store.close();
    expect(await readdir(empty)).toEqual([]);
  });
});
