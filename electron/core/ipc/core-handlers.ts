import type { NewsroomStore } from '../store/newsroom-store';
import type { CoreHandlers } from './channel-handlers';

export interface CoreHandlerOptions {
  /** The version of the running app, shown in Settings. */
  version: string;
}

/**
 * The handlers of every channel that only needs the store. Main's router and the test harness
 * serve these same functions, so the harness tests what the app runs.
 */
export function createCoreHandlers(store: NewsroomStore, { version }: CoreHandlerOptions): CoreHandlers {
  return {
    'app:getStatus': () => ({ version, dataDir: store.dataDir, notices: [...store.notices] }),
    'settings:get': () => store.settings.get(),
    'settings:update': (patch) => store.settings.update(patch),
    'releases:list': () => store.releases.list(),
    'releases:get': ({ id }) => store.releases.get(id),
    'releases:create': (input) => store.releases.create(input, store.settings.get()),
    'contacts:list': (query) => store.contacts.page({ ...query, locale: store.settings.get().uiLanguage }),
    'contacts:create': (input) => store.contacts.create(input),
  };
}
