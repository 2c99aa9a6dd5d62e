import { monitorEventLoopDelay } from 'node:perf_hooks';
import { summarise, timed } from './stats';
import { NewsroomStore } from '../../electron/core/store/newsroom-store';
import { writeGeneratedStore, type GeneratedStoreSize } from '../support/generated-store';
import { makeTempDir, removeTempDir } from '../support/temp-dir';

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
 * release (50 saves each, once the search indexes that opening starts in the background are built),
 * with the longest time the event loop was blocked meanwhile; and, apart, the latency of the first
 * ten contact saves right after opening, while those indexes are being built.
 */
export async function benchStore(size: GeneratedStoreSize) {
  const dataDir = await makeTempDir('newsroom-bench-');
  try {
    await writeGeneratedStore(dataDir, size);
    const loads: number[] = [];
    for (let run = 0; run < 5; run += 1) {
      let store: NewsroomStore | undefined;
      loads.push(await timed(async () => (store = await open(dataDir))));
      await store!.close();
    }

    const store = await open(dataDir);
    const contacts = [...store.contacts.all()];
    // Right after opening, saves share the process with the search indexes being built.
    const savesWhileIndexing: number[] = [];
    for (const [index, contact] of contacts.slice(50, 60).entries()) {
      savesWhileIndexing.push(
        await timed(() => store.contacts.update({ ...contact, city: `Opened ${index}` })),
      );
    }
    await store.whenIndexed();
    const loopDelay = monitorEventLoopDelay({ resolution: 1 });
    loopDelay.enable();
    const contactSaves: number[] = [];
    for (const [index, contact] of contacts.slice(0, 50).entries()) {
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
      saveContactWhileIndexingMs: summarise(savesWhileIndexing),
      saveReleaseMs: summarise(releaseSaves),
      eventLoopMaxBlockedMs: Math.round(loopDelay.max / 1e4) / 100,
    };
  } finally {
    await removeTempDir(dataDir);
  }
}
