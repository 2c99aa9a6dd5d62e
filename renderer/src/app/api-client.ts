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
  getSettings: () => unwrap(bridge().getSettings()),
  updateSettings: (patch: Parameters<Bridge['updateSettings']>[0]) => unwrap(bridge().updateSettings(patch)),
  listReleases: () => unwrap(bridge().listReleases()),
  getRelease: (id: string) => unwrap(bridge().getRelease({ id })),
  createRelease: (input: Parameters<Bridge['createRelease']>[0]) => unwrap(bridge().createRelease(input)),
  listContacts: (query: Parameters<Bridge['listContacts']>[0]) => unwrap(bridge().listContacts(query)),
  createContact: (input: Parameters<Bridge['createContact']>[0]) => unwrap(bridge().createContact(input)),
  openExternal: (url: string) => unwrap(bridge().openExternal({ url })),
  onMenuCommand: (listener: Parameters<Bridge['onMenuCommand']>[0]) => bridge().onMenuCommand(listener),
  onStoreChanged: (listener: Parameters<Bridge['onStoreChanged']>[0]) => bridge().onStoreChanged(listener),
};
