import type { NewsroomApi } from '@shared/ipc/api';
import type { Result } from '@shared/result';
import { ApiError } from './api-error';

declare global {
  interface Window {
    /** Exposed by the preload (or the test harness); only this module may touch it. */
    readonly newsroom?: NewsroomApi;
  }
}

function bridge(): NewsroomApi {
  const newsroom = window.newsroom;
  if (!newsroom)
    throw new ApiError({ code: 'INTERNAL', message: 'window.newsroom is missing: the preload did not run' });
  return newsroom;
}

async function unwrap<T>(pending: Promise<Result<T>>): Promise<T> {
  const result = await pending;
  if (result.ok) return result.value;
  throw new ApiError(result.error);
}

type Bridge = NewsroomApi;

/**
 * The renderer's only way to reach main. Each method returns the value, or throws an `ApiError`
 * carrying the envelope's code, which the query client turns into a translated notification.
 */
export const api = {
  getAppStatus: () => unwrap(bridge().getAppStatus()),
  revealDataFolder: () => unwrap(bridge().revealDataFolder()),
  readyToQuit: () => unwrap(bridge().readyToQuit()),
  getSettings: () => unwrap(bridge().getSettings()),
  updateSettings: (patch: Parameters<Bridge['updateSettings']>[0]) => unwrap(bridge().updateSettings(patch)),
  setLogo: (dataBase64: string) => unwrap(bridge().setLogo({ dataBase64 })),
  removeLogo: () => unwrap(bridge().removeLogo()),
  getLogo: () => unwrap(bridge().getLogo()),
  queryReleases: (query: Parameters<Bridge['queryReleases']>[0]) => unwrap(bridge().queryReleases(query)),
  getReleaseFacets: () => unwrap(bridge().getReleaseFacets()),
  getRelease: (id: string) => unwrap(bridge().getRelease({ id })),
  createRelease: (input: Parameters<Bridge['createRelease']>[0]) => unwrap(bridge().createRelease(input)),
  saveRelease: (release: Parameters<Bridge['saveRelease']>[0]) => unwrap(bridge().saveRelease(release)),
  duplicateRelease: (id: string) => unwrap(bridge().duplicateRelease({ id })),
  deleteRelease: (id: string) => unwrap(bridge().deleteRelease({ id })),
  restoreRelease: (id: string) => unwrap(bridge().restoreRelease({ id })),
  archiveRelease: (id: string, archived: boolean) => unwrap(bridge().archiveRelease({ id, archived })),
  assignReleaseReference: (id: string) => unwrap(bridge().assignReleaseReference({ id })),
  createTranslation: (input: Parameters<Bridge['createTranslation']>[0]) =>
    unwrap(bridge().createTranslation(input)),
  getReleaseVersions: (id: string) => unwrap(bridge().getReleaseVersions({ id })),
  markTranslationCurrent: (id: string) => unwrap(bridge().markTranslationCurrent({ id })),
  checkRelease: (release: Parameters<Bridge['checkRelease']>[0]) => unwrap(bridge().checkRelease(release)),
  renderReleaseHtml: (release: Parameters<Bridge['renderReleaseHtml']>[0]) =>
    unwrap(bridge().renderReleaseHtml(release)),
  importReleaseFile: (input: Parameters<Bridge['importReleaseFile']>[0]) =>
    unwrap(bridge().importReleaseFile(input)),
  importReleaseFromDisk: () => unwrap(bridge().importReleaseFromDisk()),
  createReleaseFromImport: (input: Parameters<Bridge['createReleaseFromImport']>[0]) =>
    unwrap(bridge().createReleaseFromImport(input)),
  listRevisions: (id: string) => unwrap(bridge().listRevisions({ id })),
  diffRevision: (id: string, revisionId: string) => unwrap(bridge().diffRevision({ id, revisionId })),
  restoreRevision: (id: string, revisionId: string) => unwrap(bridge().restoreRevision({ id, revisionId })),
  queryContacts: (query: Parameters<Bridge['queryContacts']>[0]) => unwrap(bridge().queryContacts(query)),
  getContact: (id: string) => unwrap(bridge().getContact({ id })),
  createContact: (input: Parameters<Bridge['createContact']>[0]) => unwrap(bridge().createContact(input)),
  updateContact: (contact: Parameters<Bridge['updateContact']>[0]) => unwrap(bridge().updateContact(contact)),
  deleteContact: (id: string) => unwrap(bridge().deleteContact({ id })),
  restoreContact: (input: Parameters<Bridge['restoreContact']>[0]) => unwrap(bridge().restoreContact(input)),
  getContactFacets: () => unwrap(bridge().getContactFacets()),
  findDuplicateContacts: (input: Parameters<Bridge['findDuplicateContacts']>[0]) =>
    unwrap(bridge().findDuplicateContacts(input)),
  listContactLists: () => unwrap(bridge().listContactLists()),
  createContactList: (name: string) => unwrap(bridge().createContactList({ name })),
  renameContactList: (id: string, name: string) => unwrap(bridge().renameContactList({ id, name })),
  deleteContactList: (id: string) => unwrap(bridge().deleteContactList({ id })),
  addToContactList: (listId: string, contactIds: string[]) =>
    unwrap(bridge().addToContactList({ listId, contactIds })),
  removeFromContactList: (listId: string, contactIds: string[]) =>
    unwrap(bridge().removeFromContactList({ listId, contactIds })),
  openExternal: (url: string) => unwrap(bridge().openExternal({ url })),
  copyText: (text: string) => unwrap(bridge().copyText({ text })),
  listBackups: () => unwrap(bridge().listBackups()),
  restoreBackup: (id: string) => unwrap(bridge().restoreBackup({ id })),
  backUpToFolder: () => unwrap(bridge().backUpToFolder()),
  exportReleasePdf: (id: string) => unwrap(bridge().exportReleasePdf({ id })),
  exportReleasesPdf: (ids: string[]) => unwrap(bridge().exportReleasesPdf({ ids })),
  cancelPdfExport: () => unwrap(bridge().cancelPdfExport()),
  openExportedFile: (path: string) => unwrap(bridge().openExportedFile({ path })),
  showExportedFile: (path: string) => unwrap(bridge().showExportedFile({ path })),
  importContactsFromDisk: () => unwrap(bridge().importContactsFromDisk()),
  importDroppedContacts: (input: Parameters<Bridge['importDroppedContacts']>[0]) =>
    unwrap(bridge().importDroppedContacts(input)),
  remapContactImport: (input: Parameters<Bridge['remapContactImport']>[0]) =>
    unwrap(bridge().remapContactImport(input)),
  cancelContactImport: () => unwrap(bridge().cancelContactImport()),
  getContactImportPage: (input: Parameters<Bridge['getContactImportPage']>[0]) =>
    unwrap(bridge().getContactImportPage(input)),
  applyContactImport: (input: Parameters<Bridge['applyContactImport']>[0]) =>
    unwrap(bridge().applyContactImport(input)),
  discardContactImport: (importId: string) => unwrap(bridge().discardContactImport({ importId })),
  undoContactImport: (importId: string) => unwrap(bridge().undoContactImport({ importId })),
  exportContacts: (input: Parameters<Bridge['exportContacts']>[0]) => unwrap(bridge().exportContacts(input)),
  onMenuCommand: (listener: Parameters<Bridge['onMenuCommand']>[0]) => bridge().onMenuCommand(listener),
  onStoreChanged: (listener: Parameters<Bridge['onStoreChanged']>[0]) => bridge().onStoreChanged(listener),
  onQuitting: (listener: Parameters<Bridge['onQuitting']>[0]) => bridge().onQuitting(listener),
  onPdfExportProgress: (listener: Parameters<Bridge['onPdfExportProgress']>[0]) =>
    bridge().onPdfExportProgress(listener),
  onContactImportProgress: (listener: Parameters<Bridge['onContactImportProgress']>[0]) =>
    bridge().onContactImportProgress(listener),
};
