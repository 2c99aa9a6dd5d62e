import { mkdir, writeFile } from 'node:fs/promises';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { summarise, timed } from './stats';
import { contactShardCodec, releaseFileCodec, releasesIndexCodec } from '../../electron/core/store/documents';
import { CONTACT_SHARD_COUNT, contactShardOf, storeLayout } from '../../electron/core/store/layout';
import { NewsroomStore } from '../../electron/core/store/newsroom-store';
import { summarise as summariseRelease } from '../../electron/core/repositories/releases-repository';
import type { Contact } from '../../electron/shared/schemas/contact';
import { generateContacts, generateRelease } from '../support/generate';
import { makeTempDir, removeTempDir } from '../support/temp-dir';

export interface StoreBenchSize {
  contacts: number;
  releases: number;
}

/** Writes a store of the given size straight to disk (setting it up is not what is measured). */
async function writeStore(dataDir: string, size: StoreBenchSize): Promise<void> {
  const layout = storeLayout(dataDir);
  await mkdir(layout.releasesFolder, { recursive: true });
  await mkdir(layout.contactsFolder, { recursive: true });
  const shards: Contact[][] = Array.from({ length: CONTACT_SHARD_COUNT }, () => []);
  for (const contact of generateContacts(size.contacts)) shards[contactShardOf(contact.id)]!.push(contact);
  await Promise.all(
    shards.map((contacts, shard) =>
      writeFile(layout.contactShard(shard), contactShardCodec.encode({ schemaVersion: 1, contacts })),
    ),
  );
  const releases = Array.from({ length: size.releases }, (_, index) => generateRelease(index));
  for (const release of releases) {
    await writeFile(layout.release(release.id), releaseFileCodec.encode({ schemaVersion: 1, release }));
  }
  await writeFile(
    layout.releasesIndex,
    releasesIndexCodec.encode({ schemaVersion: 1, releases: releases.map(summariseRelease) }),
  );
}

const open = (dataDir: string) =>
  NewsroomStore.open({
    dataDir,
    holder: 'the benchmark',
    locale: 'en-GB',
    timeZone: 'Europe/Paris',
    seedSampleOnFirstRun: false,
  });

/**
 * Load time of a store of `size`, and the latency of saving one edited contact and one edited
 * release (50 saves each), with the longest time the event loop was blocked meanwhile.
 */
export async function benchStore(size: StoreBenchSize) {
  const dataDir = await makeTempDir('newsroom-bench-');
  try {
    await writeStore(dataDir, size);
    const loads: number[] = [];
    for (let run = 0; run < 5; run += 1) {
      let store: NewsroomStore | undefined;
      loads.push(await timed(async () => (store = await open(dataDir))));
      await store!.close();
    }

    const store = await open(dataDir);
    const loopDelay = monitorEventLoopDelay({ resolution: 1 });
    loopDelay.enable();
    const contactSaves: number[] = [];
    const contacts = store.contacts.page({ offset: 0, limit: 50, locale: 'en' }).items;
    for (const [index, contact] of contacts.entries()) {
      contactSaves.push(await timed(() => store.contacts.update({ ...contact, city: `Edited ${index}` })));
    }
    const releaseSaves: number[] = [];
    const summaries = store.releases.list().slice(0, 50);
    for (const [index, summary] of summaries.entries()) {
      const release = await store.releases.get(summary.id);
      releaseSaves.push(
        await timed(() => store.releases.save({ ...release, headline: `${release.headline} (${index})` })),
      );
    }
    loopDelay.disable();
    await store.close();
    return {
      contacts: size.contacts,
      releases: size.releases,
      loadMs: summarise(loads),
      saveContactMs: summarise(contactSaves),
      saveReleaseMs: summarise(releaseSaves),
      eventLoopMaxBlockedMs: Math.round(loopDelay.max / 1e4) / 100,
    };
  } finally {
    await removeTempDir(dataDir);
  }
}
