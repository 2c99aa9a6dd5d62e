import { readFile, rm, mkdir } from 'node:fs/promises';
import { AppFailure } from '../../electron/shared/result';
import { contactShardOf, storeLayout } from '../../electron/core/store/layout';
import type { NewsroomStore } from '../../electron/core/store/newsroom-store';
import { makeDiskFault, type DiskFault } from './disk-fault';
import { emptyRow, fail, type FaultRow } from './fault-report';
import { openTrialStore, tempFiles, unparsableFiles } from './store-files';

/** How long the store may take to write what the full disk refused once there is room again. */
const RETRY_LIMIT_MS = 20_000;

/**
 * A disk that fills up while the person works. Each trial: acknowledged edits, then the disk is
 * full; the next edits must fail with WRITE_FAILED, leave every file as it was and no temp file
 * behind, and stay in memory; once there is room again, the store must write them by itself; and
 * after a restart, every acknowledged edit, and the ones kept in memory, are there.
 */
export async function runFullDiskTrials(trials: number, { injected = false } = {}): Promise<FaultRow> {
  const disk = await makeDiskFault({ injected });
  const row = emptyRow(
    'disk full',
    disk.kind === 'tmpfs' ? 'a real 8 MB tmpfs, filled' : 'ENOSPC injected into every file write',
  );
  try {
    for (let trial = 1; trial <= trials; trial += 1) {
      row.trials += 1;
      await rm(disk.dataDir, { recursive: true, force: true });
      await mkdir(disk.dataDir, { recursive: true });
      await fullDiskTrial(disk, trial, row);
    }
  } finally {
    await disk.free();
    await disk.dispose();
  }
  return row;
}

async function fullDiskTrial(disk: DiskFault, trial: number, row: FaultRow): Promise<void> {
  const problem = (text: string) => fail(row, `trial ${trial}: ${text}`);
  const layout = storeLayout(disk.dataDir);
  let store: NewsroomStore | null = await openTrialStore(disk.dataDir);
  try {
    const contact = await store.contacts.create({
      givenName: 'Disk',
      familyName: `Trial ${trial}`,
      notes: 'saved 1',
    });
    const release = await store.releases.create(
      { language: 'en', headline: 'Saved headline' },
      store.settings.get(),
    );
    await store.whenIdle();
    const shardPath = layout.contactShard(contactShardOf(contact.id));
    const shardBefore = await readFile(shardPath, 'utf8');
    const releaseBefore = await readFile(layout.release(release.id), 'utf8');

    await disk.fill();
    const refused = await Promise.all([
      outcomeOf(store.contacts.update({ ...store.contacts.get(contact.id), notes: 'kept in memory' })),
      outcomeOf(
        store.releases.save({ ...(await store.releases.get(release.id)), headline: 'Kept headline' }),
      ),
    ]);
    for (const outcome of refused) {
      if (outcome !== 'WRITE_FAILED') problem(`a write on a full disk answered ${outcome}, not WRITE_FAILED`);
    }
    if ((await readFile(shardPath, 'utf8')) !== shardBefore)
      problem('the contact file changed on a full disk');
    if ((await readFile(layout.release(release.id), 'utf8')) !== releaseBefore) {
      problem('the release file changed on a full disk');
    }
    const temps = await tempFiles(disk.dataDir);
    if (temps.length > 0) problem(`temp files left after the failed writes: ${temps.join(', ')}`);
    if (store.contacts.get(contact.id).notes !== 'kept in memory')
      problem('the refused edit is not kept in memory');

    await disk.free();
    const written = await waitFor(async () => (await readFile(shardPath, 'utf8')).includes('kept in memory'));
    if (!written)
      problem(`the kept edit was not written within ${RETRY_LIMIT_MS / 1000} s of there being room`);
    await store.close();
    store = null;

    const bad = await unparsableFiles(disk.dataDir);
    if (bad.length > 0) problem(`unreadable after the full disk: ${bad.join(', ')}`);
    store = await openTrialStore(disk.dataDir);
    if (store.notices.length > 0) problem(`notices on restart: ${JSON.stringify(store.notices)}`);
    const notes = store.contacts.get(contact.id).notes;
    if (notes !== 'kept in memory') {
      row.dataLost += 1;
      problem(`after a restart the contact's notes read "${notes}"`);
    }
    const headline = (await store.releases.get(release.id)).headline;
    if (headline !== 'Kept headline') {
      row.dataLost += 1;
      problem(`after a restart the release's headline reads "${headline}"`);
    }
  } catch (error) {
    problem(`threw ${error instanceof Error ? error.stack : String(error)}`);
  } finally {
    await disk.free();
    await store?.close();
  }
}

/** The error code a write ended with, or "saved". */
async function outcomeOf(write: Promise<unknown>): Promise<string> {
  try {
    await write;
    return 'saved';
  } catch (error) {
    return error instanceof AppFailure ? error.code : String(error);
  }
}

async function waitFor(check: () => Promise<boolean>): Promise<boolean> {
  const deadline = Date.now() + RETRY_LIMIT_MS;
  while (Date.now() < deadline) {
    if (await check()) return true;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return check();
}
