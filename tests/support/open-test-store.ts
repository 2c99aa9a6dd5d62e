import { NewsroomStore, type OpenStoreOptions } from '../../electron/core/store/newsroom-store';

/** Opens a store the way the app does, with test defaults: English, Paris time, no sample unless asked. */
export function openTestStore(
  dataDir: string,
  options: Partial<OpenStoreOptions> = {},
): Promise<NewsroomStore> {
  return NewsroomStore.open({
    dataDir,
    holder: 'a test',
    locale: 'en-GB',
    timeZone: 'Europe/Paris',
    seedSampleOnFirstRun: false,
    ...options,
  });
}
