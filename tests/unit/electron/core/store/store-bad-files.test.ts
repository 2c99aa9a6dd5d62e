import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { storeLayout } from '../../../../../electron/core/store/layout';
import { AppFailure } from '../../../../../electron/shared/result';
import { makeTempDir, removeTempDir } from '../../../../support/temp-dir';
import { openTestStore } from '../../../../support/open-test-store';

const validSettings = {
  schemaVersion: 1,
  settings: {
    uiLanguage: 'fr',
    theme: 'dark',
    organisation: { name: 'Office de test', address: '', website: '', email: '', phone: '' },
    logo: null,
    boilerplate: {},
    referencePattern: 'T {n}/{yyyy}',
    pageSize: 'A4',
    defaultReleaseLanguage: 'fr',
    defaultTimeZone: 'Europe/Paris',
    defaultPressContactIds: [],
    directoryColumns: ['role'],
  },
};

/** Each way a settings file is found broken in the wild, as the bytes on disk. */
const corruptFiles: Record<string, string | Buffer> = {
  empty: '',
  'NUL-filled': Buffer.alloc(4096, 0),
  truncated: JSON.stringify(validSettings, null, 2).slice(0, 120),
  null: 'null',
  'schema-invalid': JSON.stringify({
    ...validSettings,
    settings: { ...validSettings.settings, theme: 'sepia' },
  }),
  'without a version': JSON.stringify({ settings: validSettings.settings }),
};

let dataDir: string;
let layout: ReturnType<typeof storeLayout>;

beforeEach(async () => {
  dataDir = await makeTempDir();
  layout = storeLayout(dataDir);
  // A data folder that has been used before: not a first run.
  await mkdir(layout.releasesFolder, { recursive: true });
});
afterEach(() => removeTempDir(dataDir));

async function quarantined(): Promise<string[]> {
  return readdir(join(dataDir, 'quarantine')).catch(() => []);
}

describe('a store whose settings file is bad', () => {
  for (const [kind, bytes] of Object.entries(corruptFiles)) {
    it(`sets a ${kind} file aside unchanged, reports it and never writes defaults over it`, async () => {
      await writeFile(layout.settings, bytes);
      const store = await openTestStore(dataDir);

      expect(store.notices).toEqual([
        expect.objectContaining({ kind: 'quarantined', file: layout.settings, reason: expect.any(String) }),
      ]);
      const [kept] = await quarantined();
      expect(kept).toMatch(/^settings\.corrupt-\d{8}T\d{6}Z-[0-9a-f]{4}\.json$/);
      expect(Buffer.compare(await readFile(join(dataDir, 'quarantine', kept!)), Buffer.from(bytes))).toBe(0);
      // The app runs on neutral settings in memory, and nothing was written in the file's place.
      expect(store.settings.get().organisation.name).toBe('');
      await store.close();
      await expect(readFile(layout.settings)).rejects.toMatchObject({ code: 'ENOENT' });
    });
  }

  it('keeps the set-aside file when the person later saves new settings', async () => {
    await writeFile(layout.settings, Buffer.alloc(512, 0));
    const store = await openTestStore(dataDir);
    await store.settings.update({ theme: 'light' });
    await store.close();
    expect((JSON.parse(await readFile(layout.settings, 'utf8')) as typeof validSettings).settings.theme).toBe(
      'light',
    );
    expect(await quarantined()).toHaveLength(1);
  });

  it('reads a file that starts with a byte-order mark, as it is, without rewriting it', async () => {
    const bytes = `\uFEFF${JSON.stringify(validSettings)}`;
    await writeFile(layout.settings, bytes);
    const store = await openTestStore(dataDir);
    expect(store.notices).toEqual([]);
    expect(store.settings.get().organisation.name).toBe('Office de test');
    await store.close();
    expect(await readFile(layout.settings, 'utf8')).toBe(bytes);
    expect(await quarantined()).toEqual([]);
  });

  it('opens a file from a newer version read-only, refuses to change it, and leaves it byte for byte', async () => {
    const bytes = JSON.stringify({
      ...validSettings,
      schemaVersion: 9,
      settings: { ...validSettings.settings, newField: 1 },
    });
    await writeFile(layout.settings, bytes);
    const store = await openTestStore(dataDir);

    expect(store.notices).toEqual([
      { kind: 'newer-version', file: layout.settings, fileVersion: 9, supportedVersion: 1 },
    ]);
    expect(store.settings.get().organisation.name).toBe('Office de test');
    await expect(store.settings.update({ theme: 'light' })).rejects.toEqual(expect.any(AppFailure));
    await expect(store.settings.update({ theme: 'light' })).rejects.toMatchObject({ code: 'READ_ONLY' });
    await store.close();
    expect(await readFile(layout.settings, 'utf8')).toBe(bytes);
    expect(await quarantined()).toEqual([]);
  });

  it('starts with neutral settings when the file is missing, and writes nothing until something changes', async () => {
    const store = await openTestStore(dataDir, { locale: 'fr-CA' });
    expect(store.notices).toEqual([]);
    expect(store.settings.get()).toMatchObject({
      uiLanguage: 'fr',
      theme: 'system',
      defaultTimeZone: 'Europe/Paris',
    });
    await store.close();
    await expect(readFile(layout.settings)).rejects.toMatchObject({ code: 'ENOENT' });
  });
});

describe('bad files elsewhere in the store', () => {
  it('sets aside a damaged contact shard and keeps the other shards’ contacts', async () => {
    const first = await openTestStore(dataDir);
    const kept = await first.contacts.create({ givenName: 'Åsa', familyName: 'Lindqvist' });
    await first.close();
    const otherShard = ((Number.parseInt(kept.id.slice(0, 2), 16) % 32) + 1) % 32;
    const damaged = layout.contactShard(otherShard);
    await writeFile(damaged, '{"schemaVersion":1,"contacts":[{"id":');

    const store = await openTestStore(dataDir);
    expect(store.notices).toEqual([expect.objectContaining({ kind: 'quarantined', file: damaged })]);
    expect(store.contacts.get(kept.id).familyName).toBe('Lindqvist');
    await store.close();
  });

  it('rebuilds a damaged release index from the release files', async () => {
    const first = await openTestStore(dataDir);
    const settings = first.settings.get();
    const a = await first.releases.create({ language: 'en', headline: 'First' }, settings);
    const b = await first.releases.create({ language: 'fr', headline: 'Deuxième' }, settings);
    await first.close();
    await writeFile(layout.releasesIndex, '{"schemaVersion":1,"releases":[');

    const store = await openTestStore(dataDir);
    expect(store.notices).toEqual([
      expect.objectContaining({ kind: 'quarantined', file: layout.releasesIndex }),
      { kind: 'index-rebuilt', file: layout.releasesIndex, releases: 2 },
    ]);
    expect(
      store.releases
        .list()
        .map((release) => release.id)
        .sort(),
    ).toEqual([a.id, b.id].sort());
    expect((await store.releases.get(b.id)).headline).toBe('Deuxième');
    await store.close();
  });

  it('sets aside a damaged release file and lists the others', async () => {
    const first = await openTestStore(dataDir);
    const settings = first.settings.get();
    const good = await first.releases.create({ language: 'en', headline: 'Good' }, settings);
    const bad = await first.releases.create({ language: 'en', headline: 'Bad' }, settings);
    await first.close();
    await writeFile(layout.release(bad.id), Buffer.alloc(100, 0));
    // The index no longer matches the files, as after a crash between two writes.
    await writeFile(layout.releasesIndex, JSON.stringify({ schemaVersion: 1, releases: [] }));

    const store = await openTestStore(dataDir);
    expect(store.notices).toEqual([
      expect.objectContaining({ kind: 'quarantined', file: layout.release(bad.id) }),
    ]);
    expect(store.releases.list().map((release) => release.id)).toEqual([good.id]);
    await store.close();
  });
});
