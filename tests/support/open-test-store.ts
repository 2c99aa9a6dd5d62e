import { NewsroomStore, type OpenStoreOptions } from '../../electron/core/store/newsroom-store';

/** The options the app opens a store with, with test defaults: English, Paris time, no sample unless asked. */
export function testStoreOptions(dataDir: string, options: Partial<OpenStoreOptions> = {}): OpenStoreOptions {
  return {
    dataDir,
    holder: 'a test',
    locale: 'en-GB',
    timeZone: 'Europe/Paris',
    seedSampleOnFirstRun: false,
    ...options,
  };
}

/** Opens a store the way the app does, with test defaults. */
export function openTestStore(
  dataDir: string,
  options: Partial<OpenStoreOptions> = {},
): Promise<NewsroomStore> {
  return NewsroomStore.open(testStoreOptions(dataDir, options));
}
