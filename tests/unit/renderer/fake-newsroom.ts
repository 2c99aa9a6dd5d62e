import { vi } from 'vitest';
import type { NewsroomApi } from '@shared/ipc/api';
import type { Contact } from '@shared/schemas/contact';
import type { Settings } from '@shared/schemas/settings';
import type { StoreNotice } from '@shared/schemas/store-notice';

export const testSettings: Settings = {
  uiLanguage: 'en',
  theme: 'light',
  organisation: { name: 'Test Office', address: '', website: '', email: '', phone: '' },
  boilerplate: {},
  referencePattern: 'T {n}/{yyyy}',
  pageSize: 'A4',
  defaultReleaseLanguage: 'en',
  defaultTimeZone: 'Europe/Paris',
  defaultPressContactIds: [],
};

/**
 * An in-memory `window.newsroom` for component tests: settings that can be changed, a contact list,
 * and spies on every method. What main does with these is tested in the node and e2e suites.
 */
export function installFakeNewsroom(options: { notices?: StoreNotice[]; contacts?: Contact[] } = {}) {
  let settings = structuredClone(testSettings);
  const contacts = options.contacts ?? [];
  const api = {
    getAppStatus: vi.fn(async () => ({
      ok: true,
      value: { version: '9.9.9', dataDir: '/data', notices: options.notices ?? [] },
    })),
    revealDataFolder: vi.fn(async () => ({ ok: true, value: null })),
    getSettings: vi.fn(async () => ({ ok: true, value: settings })),
    updateSettings: vi.fn(async (patch: Partial<Settings>) => {
      settings = { ...settings, ...patch };
      return { ok: true, value: settings };
    }),
    listReleases: vi.fn(async () => ({ ok: true, value: [] })),
    getRelease: vi.fn(async () => ({ ok: false, error: { code: 'NOT_FOUND', message: 'none' } })),
    createRelease: vi.fn(async () => ({ ok: false, error: { code: 'WRITE_FAILED', message: 'disk full' } })),
    listContacts: vi.fn(async ({ offset, limit }: { offset: number; limit: number }) => ({
      ok: true,
      value: { total: contacts.length, offset, items: contacts.slice(offset, offset + limit) },
    })),
    createContact: vi.fn(async () => ({ ok: false, error: { code: 'WRITE_FAILED', message: 'disk full' } })),
    openExternal: vi.fn(async () => ({ ok: true, value: null })),
    onMenuCommand: vi.fn(() => () => undefined),
    onStoreChanged: vi.fn(() => () => undefined),
  };
  const bridge: Partial<Record<keyof NewsroomApi, unknown>> = api;
  Object.defineProperty(window, 'newsroom', { value: bridge, configurable: true });
  return api;
}
