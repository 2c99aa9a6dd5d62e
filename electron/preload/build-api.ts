import type { NewsroomApi, NewsroomTransport } from '../shared/ipc/api';

/**
 * The `window.newsroom` object: one named method per channel and event of the contract, and
 * nothing generic, so the page can never name a channel of its own choosing. Written out rather
 * than generated so that `satisfies` proves every method of the contract is here.
 */
export function buildNewsroomApi(transport: NewsroomTransport): NewsroomApi {
  const api = {
    getAppStatus: () => transport.invoke('app:getStatus', undefined),
    revealDataFolder: () => transport.invoke('app:revealDataFolder', undefined),
    getSettings: () => transport.invoke('settings:get', undefined),
    updateSettings: (patch) => transport.invoke('settings:update', patch),
    listReleases: () => transport.invoke('releases:list', undefined),
    getRelease: (input) => transport.invoke('releases:get', input),
    createRelease: (input) => transport.invoke('releases:create', input),
    listContacts: (query) => transport.invoke('contacts:list', query),
    createContact: (input) => transport.invoke('contacts:create', input),
    openExternal: (input) => transport.invoke('shell:openExternal', input),
    onMenuCommand: (listener) => transport.subscribe('menu:command', listener),
    onStoreChanged: (listener) => transport.subscribe('store:changed', listener),
  } satisfies NewsroomApi;
  return Object.freeze(api);
}
