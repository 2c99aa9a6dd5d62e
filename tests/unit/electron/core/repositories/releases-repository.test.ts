import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { diffReleases } from '../../../../../electron/core/releases/release-diff';
import type { NewsroomStore } from '../../../../../electron/core/store/newsroom-store';
import { emptyRichTextDoc } from '../../../../../electron/shared/schemas/rich-text';
import { makeTempDir, removeTempDir } from '../../../../support/temp-dir';
import { openTestStore } from '../../../../support/open-test-store';

let dataDir: string;
let store: NewsroomStore;
let now: Date;

beforeEach(async () => {
  dataDir = await makeTempDir();
  now = new Date('2026-11-28T09:00:00Z');
  store = await openTestStore(dataDir, { clock: () => now });
  await store.settings.update({ referencePattern: 'DC {n}({yyyy})' });
});
afterEach(async () => {
  await store.close();
  await removeTempDir(dataDir);
});

const later = (minutes: number) => {
  now = new Date(now.getTime() + minutes * 60_000);
};

const draft = (headline: string, language: 'en' | 'fr' = 'en') =>
  store.releases.create({ language, headline }, store.settings.get());

describe('reference numbers', () => {
  it('are given in order, once each, even to releases asking at the same time', async () => {
    const releases = await Promise.all(['A', 'B', 'C', 'D'].map((headline) => draft(headline)));
    const numbered = await Promise.all(
      releases.map((release) => store.releases.assignReference(release.id, store.settings.get())),
    );
    expect(numbered.map((release) => release.reference).sort()).toEqual([
      'DC 1(2026)',
      'DC 2(2026)',
      'DC 3(2026)',
      'DC 4(2026)',
    ]);
  });

  it('are kept by a release that has one, shared with its language versions, and survive a restart', async () => {
    const original = await draft('Storm warnings');
    const french = await store.releases.createTranslation(original.id, 'fr');
    const numbered = await store.releases.assignReference(original.id, store.settings.get());
    expect(numbered.reference).toBe('DC 1(2026)');
    expect((await store.releases.get(french.id)).reference).toBe('DC 1(2026)');
    expect((await store.releases.assignReference(original.id, store.settings.get())).reference).toBe(
      'DC 1(2026)',
    );
    await store.close();
    store = await openTestStore(dataDir, { clock: () => now });
    const next = await draft('Another');
    expect((await store.releases.assignReference(next.id, store.settings.get())).reference).toBe(
      'DC 2(2026)',
    );
  });
});

describe('language versions', () => {
  it('copy the original for translation, link to it, and show when it changed since', async () => {
    const original = await draft('Storm warnings');
    await store.releases.save({ ...original, subheadline: 'Forty towns', tags: ['climate'] });
    later(1);
    const french = await store.releases.createTranslation(original.id, 'fr');
    expect(french).toMatchObject({
      language: 'fr',
      headline: 'Storm warnings',
      subheadline: 'Forty towns',
      status: 'draft',
      boilerplate: null,
    });
    expect(french.translationOf?.releaseId).toBe(original.id);

    let versions = await store.releases.versions(french.id);
    expect(versions.map((version) => [version.language, version.outOfDate])).toEqual([
      ['en', false],
      ['fr', false],
    ]);
    later(5);
    await store.releases.save({
      ...(await store.releases.get(original.id)),
      headline: 'Storm warnings agreed',
    });
    versions = await store.releases.versions(original.id);
    expect(versions.find((version) => version.language === 'fr')?.outOfDate).toBe(true);

    await store.releases.markTranslationCurrent(french.id);
    versions = await store.releases.versions(original.id);
    expect(versions.find((version) => version.language === 'fr')?.outOfDate).toBe(false);
    await expect(store.releases.createTranslation(original.id, 'fr')).rejects.toMatchObject({
      code: 'INVALID_INPUT',
    });
  });
});

describe('revisions', () => {
  it('are kept every ten minutes of editing and on status changes, and a restore can itself be undone', async () => {
    const release = await draft('First words');
    const edit = async (headline: string, minutes: number, status = 'draft' as const) => {
      later(minutes);
      return store.releases.save({ ...(await store.releases.get(release.id)), headline, status });
    };
    await edit('Second words', 1);
    await edit('Third words', 2);
    await edit('Fourth words', 11);
    await edit('Fourth words', 1, 'in-review' as never);
    const history = await store.releases.revisions.list(release.id);
    expect(history.map((revision) => [revision.reason, revision.headline])).toEqual([
      ['status', 'Fourth words'],
      ['edit', 'Fourth words'],
      ['edit', 'Second words'],
    ]);

    const oldest = history.at(-1)!;
    const revision = await store.releases.revisions.get(release.id, oldest.id);
    expect(diffReleases(revision.release, await store.releases.get(release.id), (id) => id)).toEqual([
      {
        field: 'headline',
        parts: [
          { kind: 'removed', text: 'Second' },
          { kind: 'added', text: 'Fourth' },
          { kind: 'same', text: ' words' },
        ],
      },
      {
        field: 'status',
        parts: [
          { kind: 'removed', text: 'draft' },
          { kind: 'added', text: 'in-review' },
        ],
      },
    ]);
    later(1);
    const restored = await store.releases.restoreRevision(release.id, oldest.id);
    expect(restored.headline).toBe('Second words');
    const after = await store.releases.revisions.list(release.id);
    expect(after[0]).toMatchObject({ reason: 'before-restore', headline: 'Fourth words' });
    const undone = await store.releases.restoreRevision(release.id, after[0]!.id);
    expect(undone.headline).toBe('Fourth words');
  });
});

describe('the release list', () => {
  it('deletes with undo, archives, duplicates and finds releases by text without accents', async () => {
    const a = await draft('Coopération avec le secteur privé', 'fr');
    await store.releases.save({
      ...a,
      body: {
        type: 'doc',
        content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Thorbjørn Jagland a déclaré…' }] }],
      },
    });
    const b = await draft('Harbour towns pact');
    const query = (text = '', archived = false) =>
      store.releases.query(
        {
          text,
          statuses: [],
          languages: [],
          years: [],
          tags: [],
          archived,
          sort: { column: 'updated', direction: 'desc' },
        },
        'en',
      );
    expect((await query('cooperation prive')).map((release) => release.id)).toEqual([a.id]);
    expect((await query('jagland')).map((release) => release.id)).toEqual([a.id]);
    expect(await query('nothing-like-this')).toEqual([]);

    await store.releases.delete(b.id);
    expect((await query()).map((release) => release.id)).toEqual([a.id]);
    await store.releases.restore(b.id);
    expect(await query()).toHaveLength(2);

    await store.releases.setArchived(a.id, true);
    expect((await query()).map((release) => release.id)).toEqual([b.id]);
    expect((await query('', true)).map((release) => release.id)).toEqual([a.id]);

    const copy = await store.releases.duplicate(b.id);
    expect(copy).toMatchObject({
      headline: 'Harbour towns pact',
      reference: '',
      status: 'draft',
      translationOf: null,
    });
    expect(copy.id).not.toBe(b.id);
    expect(copy.body).toEqual(emptyRichTextDoc());
  });

  it('removes releases deleted more than thirty days ago when it opens', async () => {
    const gone = await draft('Old news');
    await store.releases.delete(gone.id);
    await store.close();
    later(31 * 24 * 60);
    store = await openTestStore(dataDir, { clock: () => now });
    expect(store.releases.list().map((release) => release.id)).not.toContain(gone.id);
  });
});
