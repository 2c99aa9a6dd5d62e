import { vi } from 'vitest';
import type { NewsroomApi } from '@shared/ipc/api';
import type { Contact } from '@shared/schemas/contact';
import type { Settings } from '@shared/schemas/settings';
import type { StoreNotice } from '@shared/schemas/store-notice';

export const testSettings: Settings = {
  uiLanguage: 'en',
  theme: 'light',
  organisation: { name: 'Test Office', address: '', website: '', email: '', phone: '' },
  logo: null,
  boilerplate: {},
  referencePattern: 'T {n}/{yyyy}',
  pageSize: 'A4',
  defaultReleaseLanguage: 'en',
  defaultTimeZone: 'Europe/Paris',
  defaultPressContactIds: [],
  directoryColumns: ['role', 'organisation', 'email', 'phone', 'city'],
};

const ok = <T>(value: T) => Promise.resolve({ ok: true as const, value });
const diskFull = () =>
  Promise.resolve({ ok: false as const, error: { code: 'WRITE_FAILED' as const, message: 'disk full' } });
const notFound = () =>
  Promise.resolve({ ok: false as const, error: { code: 'NOT_FOUND' as const, message: 'none' } });
const noFacets = { beats: [], organisations: [], countries: [], languages: [], tags: [] };

/**
 * An in-memory `window.newsroom` for component tests: settings that can be changed, a contact list,
 * saves that fail as a full disk would, and a spy on every method. What main really does is tested
 * in the node and end-to-end suites. Typed as the whole contract, so a new channel shows up here.
 */
export function installFakeNewsroom(
  options: {
    notices?: StoreNotice[];
    contacts?: Contact[];
    saveProblem?: { code: string; files: string[] } | null;
  } = {},
) {
  let settings = structuredClone(testSettings);
  const contacts = options.contacts ?? [];
  const api = {
    getAppStatus: vi.fn(() =>
      ok({
        version: '9.9.9',
        dataDir: '/data',
        notices: options.notices ?? [],
        saveProblem: options.saveProblem ?? null,
      }),
    ),
    revealDataFolder: vi.fn(() => ok(null)),
    readyToQuit: vi.fn(() => ok(null)),
    getSettings: vi.fn(() => ok(settings)),
    setLogo: vi.fn(diskFull),
    removeLogo: vi.fn(diskFull),
    getLogo: vi.fn(() => ok(null)),
    updateSettings: vi.fn((patch: Partial<Settings>) => {
      settings = { ...settings, ...patch };
      return ok(settings);
    }),
    queryReleases: vi.fn(() => ok([])),
    getReleaseFacets: vi.fn(() => ok({ tags: [], years: [] })),
    getRelease: vi.fn(notFound),
    createRelease: vi.fn(diskFull),
    saveRelease: vi.fn(diskFull),
    duplicateRelease: vi.fn(diskFull),
    deleteRelease: vi.fn(diskFull),
    restoreRelease: vi.fn(diskFull),
    archiveRelease: vi.fn(diskFull),
    assignReleaseReference: vi.fn(diskFull),
    createTranslation: vi.fn(diskFull),
    getReleaseVersions: vi.fn(() => ok([])),
    markTranslationCurrent: vi.fn(diskFull),
    checkRelease: vi.fn(() => ok([])),
    renderReleaseHtml: vi.fn(() => ok('<article class="release"></article>')),
    importReleaseFile: vi.fn(() => ok({ kind: 'cancelled' as const })),
    importReleaseFromDisk: vi.fn(() => ok({ kind: 'cancelled' as const })),
    createReleaseFromImport: vi.fn(diskFull),
    listRevisions: vi.fn(() => ok([])),
    diffRevision: vi.fn(() => ok([])),
    restoreRevision: vi.fn(diskFull),
    queryContacts: vi.fn(({ offset = 0, limit }: { offset?: number; limit: number }) =>
      ok({ total: contacts.length, offset, items: contacts.slice(offset, offset + limit), indexReady: true }),
    ),
    getContact: vi.fn(notFound),
    createContact: vi.fn(diskFull),
    updateContact: vi.fn(diskFull),
    deleteContact: vi.fn(diskFull),
    restoreContact: vi.fn(diskFull),
    getContactFacets: vi.fn(() => ok(noFacets)),
    findDuplicateContacts: vi.fn(() => ok([])),
    listContactLists: vi.fn(() => ok([])),
    createContactList: vi.fn(diskFull),
    renameContactList: vi.fn(diskFull),
    deleteContactList: vi.fn(diskFull),
    addToContactList: vi.fn(diskFull),
    removeFromContactList: vi.fn(diskFull),
    openExternal: vi.fn(() => ok(null)),
    copyText: vi.fn(() => ok(null)),
    listBackups: vi.fn(() => ok([])),
    restoreBackup: vi.fn(diskFull),
    backUpToFolder: vi.fn(() => ok(null)),
    exportReleasePdf: vi.fn(() => ok({ kind: 'cancelled' as const })),
    exportReleasesPdf: vi.fn(() => ok({ kind: 'cancelled' as const })),
    cancelPdfExport: vi.fn(() => ok(null)),
    openExportedFile: vi.fn(() => ok(null)),
    showExportedFile: vi.fn(() => ok(null)),
    // Typed as the contract's methods, so that a test can make them answer anything main may.
    importContactsFromDisk: vi.fn<NewsroomApi['importContactsFromDisk']>(() => ok({ kind: 'cancelled' })),
    importDroppedContacts: vi.fn<NewsroomApi['importDroppedContacts']>(() => ok({ kind: 'cancelled' })),
    remapContactImport: vi.fn<NewsroomApi['remapContactImport']>(() => ok({ kind: 'cancelled' })),
    cancelContactImport: vi.fn<NewsroomApi['cancelContactImport']>(() => ok(null)),
    getContactImportPage: vi.fn<NewsroomApi['getContactImportPage']>(notFound),
    applyContactImport: vi.fn<NewsroomApi['applyContactImport']>(diskFull),
    discardContactImport: vi.fn<NewsroomApi['discardContactImport']>(() => ok(null)),
    undoContactImport: vi.fn<NewsroomApi['undoContactImport']>(notFound),
    exportContacts: vi.fn<NewsroomApi['exportContacts']>(() => ok({ kind: 'cancelled' })),
    onMenuCommand: vi.fn(() => () => undefined),
    onStoreChanged: vi.fn(() => () => undefined),
    onQuitting: vi.fn(() => () => undefined),
    onPdfExportProgress: vi.fn(() => () => undefined),
    onContactImportProgress: vi.fn(() => () => undefined),
  } satisfies Record<keyof NewsroomApi, unknown>;
  Object.defineProperty(window, 'newsroom', { value: api, configurable: true });
  return api;
}
