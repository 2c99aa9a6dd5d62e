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
 * release (50 saves each), with the longest time the event loop was blocked meanwhile.
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
    const loopDelay = monitorEventLoopDelay({ resolution: 1 });
    loopDelay.enable();
    const contactSaves: number[] = [];
    const contacts = [...store.contacts.all()].slice(0, 50);
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
