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
    readyToQuit: () => transport.invoke('app:readyToQuit', undefined),
    getSettings: () => transport.invoke('settings:get', undefined),
    updateSettings: (patch) => transport.invoke('settings:update', patch),
    setLogo: (input) => transport.invoke('settings:setLogo', input),
    removeLogo: () => transport.invoke('settings:removeLogo', undefined),
    getLogo: () => transport.invoke('settings:getLogo', undefined),
    queryReleases: (query) => transport.invoke('releases:query', query),
    getReleaseFacets: () => transport.invoke('releases:facets', undefined),
    getRelease: (input) => transport.invoke('releases:get', input),
    createRelease: (input) => transport.invoke('releases:create', input),
    saveRelease: (release) => transport.invoke('releases:save', release),
    duplicateRelease: (input) => transport.invoke('releases:duplicate', input),
    deleteRelease: (input) => transport.invoke('releases:delete', input),
    restoreRelease: (input) => transport.invoke('releases:restore', input),
    archiveRelease: (input) => transport.invoke('releases:archive', input),
    assignReleaseReference: (input) => transport.invoke('releases:assignReference', input),
    createTranslation: (input) => transport.invoke('releases:createTranslation', input),
    getReleaseVersions: (input) => transport.invoke('releases:versions', input),
    markTranslationCurrent: (input) => transport.invoke('releases:markTranslationCurrent', input),
    checkRelease: (release) => transport.invoke('releases:checks', release),
    renderReleaseHtml: (release) => transport.invoke('releases:renderHtml', release),
    importReleaseFile: (input) => transport.invoke('releases:importFile', input),
    importReleaseFromDisk: () => transport.invoke('releases:importFromDisk', undefined),
    createReleaseFromImport: (input) => transport.invoke('releases:createFromImport', input),
    listRevisions: (input) => transport.invoke('releases:revisions', input),
    diffRevision: (input) => transport.invoke('releases:revisionDiff', input),
    restoreRevision: (input) => transport.invoke('releases:restoreRevision', input),
    queryContacts: (query) => transport.invoke('contacts:query', query),
    getContact: (input) => transport.invoke('contacts:get', input),
    createContact: (input) => transport.invoke('contacts:create', input),
    updateContact: (contact) => transport.invoke('contacts:update', contact),
    deleteContact: (input) => transport.invoke('contacts:delete', input),
    restoreContact: (input) => transport.invoke('contacts:restore', input),
    getContactFacets: () => transport.invoke('contacts:facets', undefined),
    findDuplicateContacts: (input) => transport.invoke('contacts:findDuplicates', input),
    listContactLists: () => transport.invoke('lists:list', undefined),
    createContactList: (input) => transport.invoke('lists:create', input),
    renameContactList: (input) => transport.invoke('lists:rename', input),
    deleteContactList: (input) => transport.invoke('lists:delete', input),
    addToContactList: (input) => transport.invoke('lists:addContacts', input),
    removeFromContactList: (input) => transport.invoke('lists:removeContacts', input),
    openExternal: (input) => transport.invoke('shell:openExternal', input),
    copyText: (input) => transport.invoke('clipboard:writeText', input),
    listBackups: () => transport.invoke('backups:list', undefined),
    restoreBackup: (input) => transport.invoke('backups:restore', input),
    backUpToFolder: () => transport.invoke('backups:exportToFolder', undefined),
    onMenuCommand: (listener) => transport.subscribe('menu:command', listener),
    onStoreChanged: (listener) => transport.subscribe('store:changed', listener),
    onQuitting: (listener) => transport.subscribe('app:quitting', listener),
  } satisfies NewsroomApi;
  return Object.freeze(api);
}
