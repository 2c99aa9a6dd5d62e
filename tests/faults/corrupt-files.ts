import { cp, readFile, rm, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { createBackup } from '../../electron/core/backup/create-backup';
import { contactShardOf, storeLayout } from '../../electron/core/store/layout';
import type { NewsroomStore } from '../../electron/core/store/newsroom-store';
import type { StoreNotice } from '../../electron/shared/schemas/store-notice';
import { seededRandom } from '../support/generate';
import { makeTempDir, removeTempDir } from '../support/temp-dir';
import { emptyRow, fail, type FaultRow } from './fault-report';
import { openTrialStore, unparsableFiles } from './store-files';

/** What a seeded store holds, to check after each damaged start. */
interface Seeded {
  organisation: string;
  contactIds: string[];
  listId: string;
  releaseId: string;
  headline: string;
  revisions: number;
  files: Record<FileKind, string>;
}

const fileKinds = [
  'settings',
  'window state',
  'release index',
  'release',
  'release history',
  'contact shard',
  'lists',
] as const;
type FileKind = (typeof fileKinds)[number];

/** Ways a file goes bad: a crash on a file system without journaling, a bad sector, a sync tool, a newer app. */
const corruptions = {
  empty: () => Buffer.alloc(0),
  'zero-filled': (bytes: Buffer) => Buffer.alloc(Math.max(bytes.length, 512), 0),
  truncated: (bytes: Buffer) => bytes.subarray(0, bytes.length >> 1),
  'random bytes': (bytes: Buffer, random: () => number) =>
    Buffer.from(Array.from({ length: Math.max(bytes.length, 64) }, () => Math.floor(random() * 256))),
  'not JSON': () => Buffer.from('<<<<<<< HEAD\nconflict left by a sync tool\n'),
  'wrong shape': () => Buffer.from('{"schemaVersion":1,"something":"else"}'),
  'JSON array': () => Buffer.from('[]'),
  'invalid UTF-8': (bytes: Buffer) => {
    const at = bytes.indexOf('"', bytes.indexOf(':')) + 1;
    return Buffer.concat([bytes.subarray(0, at), Buffer.from([0xc3, 0x28]), bytes.subarray(at)]);
  },
  'newer version': (bytes: Buffer) => {
    const data = JSON.parse(bytes.toString('utf8')) as { schemaVersion: number };
    return Buffer.from(JSON.stringify({ ...data, schemaVersion: data.schemaVersion + 1 }));
  },
} satisfies Record<string, (bytes: Buffer, random: () => number) => Buffer>;
type Corruption = keyof typeof corruptions;

async function seedStore(dataDir: string): Promise<Seeded> {
  const store = await openTrialStore(dataDir);
  try {
    await store.settings.update({
      organisation: { ...store.settings.get().organisation, name: 'Corruption Trial Office' },
    });
    await store.windowState.save({ bounds: { x: 10, y: 20, width: 1200, height: 800 }, maximized: false });
    const contacts = await Promise.all(
      ['Ana', 'Bo', 'Cy'].map((givenName) => store.contacts.create({ givenName, familyName: 'Seeded' })),
    );
    const list = await store.contactLists.create('Seeded list');
    await store.contactLists.add(
      list.id,
      contacts.map((contact) => contact.id),
    );
    const release = await store.releases.create(
      { language: 'en', headline: 'Seeded headline' },
      store.settings.get(),
    );
    await store.releases.save({ ...release, status: 'approved' });
    const revisions = (await store.releases.revisions.list(release.id)).length;
    await store.whenIdle();
    await createBackup(dataDir, { reason: 'manual' });
    const layout = storeLayout(dataDir);
    const at = (path: string) => relative(dataDir, path);
    return {
      organisation: 'Corruption Trial Office',
      contactIds: contacts.map((contact) => contact.id),
      listId: list.id,
      releaseId: release.id,
      headline: release.headline,
      revisions,
      files: {
        settings: at(layout.settings),
        'window state': at(layout.windowState),
        'release index': at(layout.releasesIndex),
        release: at(layout.release(release.id)),
        'release history': at(layout.releaseRevisions(release.id)),
        'contact shard': at(layout.contactShard(contactShardOf(contacts[0]!.id))),
        lists: at(layout.contactLists),
      },
    };
  } finally {
    await store.close();
  }
}

/** What the person can see of the seeded data, with the notices the damaged start produced. */
async function readBack(
  store: NewsroomStore,
  seeded: Seeded,
): Promise<{ missing: string[]; notices: StoreNotice[] }> {
  const missing: string[] = [];
  if (store.settings.get().organisation.name !== seeded.organisation) missing.push('organisation name');
  if (store.windowState.get().bounds?.width !== 1200) missing.push('window size');
  for (const id of seeded.contactIds) {
    try {
      store.contacts.get(id);
    } catch {
      missing.push(`contact ${id}`);
    }
  }
  if (store.contactLists.membersOf([seeded.listId]).size !== seeded.contactIds.length)
    missing.push('list members');
  // Releases and their history are read when first asked for: asking is what the app does too.
  const headline = await store.releases.get(seeded.releaseId).then(
    (release) => release.headline,
    () => null,
  );
  if (headline !== seeded.headline) missing.push('release');
  if (!store.releases.list().some((summary) => summary.id === seeded.releaseId))
    missing.push('release in the list');
  const revisions = await store.releases.revisions.list(seeded.releaseId).then(
    (list) => list.length,
    () => 0,
  );
  if (revisions !== seeded.revisions) missing.push('release history');
  // Notices about files read after the start (a release, its history) join the list as they come.
  return { missing, notices: [...store.notices] };
}

/**
 * Starts the store over every kind of file damaged every way, with a backup to recover from and
 * without one. With a backup, nothing may be lost and the person is told which file was bad, where
 * it was kept and that it was restored; without one, the store still starts, keeps the bad file,
 * and says so; a file from a newer version is left as it is and opened read-only.
 */
export async function runCorruptFileTrials(): Promise<FaultRow> {
  const row = emptyRow(
    'corrupt files',
    `${fileKinds.length} kinds of file × ${Object.keys(corruptions).length} kinds of damage, with and without a backup`,
  );
  const work = await makeTempDir('newsroom-corrupt-');
  const random = seededRandom(20_261_128);
  try {
    const pristine = join(work, 'pristine');
    const seeded = await seedStore(pristine);
    for (const kind of fileKinds) {
      for (const corruption of Object.keys(corruptions) as Corruption[]) {
        for (const withBackup of [true, false]) {
          row.trials += 1;
          const dataDir = join(work, `trial-${row.trials}`);
          await cp(pristine, dataDir, { recursive: true });
          if (!withBackup) await rm(join(dataDir, 'backups'), { recursive: true, force: true });
          await corruptionTrial(dataDir, seeded, kind, corruption, withBackup, random, row);
          await rm(dataDir, { recursive: true, force: true });
        }
      }
    }
  } finally {
    await removeTempDir(work);
  }
  return row;
}

async function corruptionTrial(
  dataDir: string,
  seeded: Seeded,
  kind: FileKind,
  corruption: Corruption,
  withBackup: boolean,
  random: () => number,
  row: FaultRow,
): Promise<void> {
  const label = `${kind} ${corruption} ${withBackup ? 'with' : 'without'} a backup`;
  const problem = (text: string) => fail(row, `${label}: ${text}`);
  const path = join(dataDir, seeded.files[kind]);
  const damaged = corruptions[corruption](await readFile(path), random);
  await writeFile(path, damaged);
  let store: NewsroomStore;
  try {
    store = await openTrialStore(dataDir);
  } catch (error) {
    problem(`the store did not start: ${error instanceof Error ? error.message : String(error)}`);
    return;
  }
  try {
    const { missing, notices } = await readBack(store, seeded);
    const about = notices.filter((notice) => notice.file === path);
    if (corruption === 'newer version') {
      if (!about.some((notice) => notice.kind === 'newer-version'))
        problem(`no newer-version notice: ${JSON.stringify(notices)}`);
      if (!(await readFile(path)).equals(damaged)) problem('a file from a newer version was changed');
      if (missing.length > 0) problem(`a newer file's data could not be read: ${missing.join(', ')}`);
    } else if (withBackup) {
      const recovered = about.find((notice) => notice.kind === 'recovered');
      if (!recovered) problem(`no recovery notice: ${JSON.stringify(notices)}`);
      else if (!(await readFile(recovered.quarantinedTo)).equals(damaged))
        problem('the bad file was not kept as it was');
      if (missing.length > 0) {
        row.dataLost += missing.length;
        problem(`lost although a backup had it: ${missing.join(', ')}`);
      }
    } else {
      const told = about.some((notice) => notice.kind === 'quarantined' || notice.kind === 'index-rebuilt');
      if (!told) problem(`the person is not told: ${JSON.stringify(notices)}`);
      // Without a backup only the bad file's own content may be missing; the index is rebuilt.
      const own: Record<FileKind, string[]> = {
        settings: ['organisation name'],
        'window state': ['window size'],
        'release index': [],
        release: ['release', 'release in the list', 'release history'],
        'release history': ['release history'],
        'contact shard': seeded.contactIds
          .filter((id) => contactShardOf(id) === contactShardOf(seeded.contactIds[0]!))
          .map((id) => `contact ${id}`)
          .concat('list members'),
        lists: ['list members'],
      };
      const beyond = missing.filter((item) => !own[kind].includes(item));
      if (beyond.length > 0) {
        row.dataLost += beyond.length;
        problem(`lost beyond the bad file: ${beyond.join(', ')}`);
      }
    }
  } finally {
    await store.close();
  }
  const bad = await unparsableFiles(dataDir);
  if (corruption !== 'newer version' && bad.length > 0)
    problem(`still unreadable after the start: ${bad.join(', ')}`);
}
