import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createCoreHandlers } from '../../../../../electron/core/ipc/core-handlers';
import { createPdfPrinter } from '../../../../../electron/core/pdf/create-pdf-printer';
import type { NewsroomStore } from '../../../../../electron/core/store/newsroom-store';
import { StoreSession } from '../../../../../electron/core/store/store-session';
import { createRouter, type RequestSender, type Router } from '../../../../../electron/main/ipc/router';
import { ExportedFiles } from '../../../../../electron/main/exported-files';
import { createPlatformHandlers } from '../../../../../electron/main/platform-handlers';
import { createSenderPolicy } from '../../../../../electron/main/security/sender-policy';
import { AppFailure } from '../../../../../electron/shared/result';
import { makeTempDir, removeTempDir } from '../../../../support/temp-dir';
import { testStoreOptions } from '../../../../support/open-test-store';

const app: RequestSender = { frameUrl: 'app://newsroom/index.html', isMainFrame: true, fromAppWindow: true };

let dataDir: string;
let store: NewsroomStore;
let session: StoreSession;
let route: Router;
const logError = vi.fn();
const openExternal = vi.fn();

beforeEach(async () => {
  dataDir = await makeTempDir();
  session = await StoreSession.open(testStoreOptions(dataDir));
  store = session.store;
  logError.mockReset();
  openExternal.mockReset();
  route = createRouter({
    handlers: {
      ...createCoreHandlers(session, { version: '1.2.3' }),
      ...createPlatformHandlers(
        session,
        {
          openExternal: async () => undefined,
          openPath: async () => '',
          writeClipboard: async () => undefined,
          rendererReadyToQuit: () => undefined,
          chooseFile: async () => null,
          chooseFolder: async () => null,
          chooseSavePath: async () => null,
          showItemInFolder: () => undefined,
        },
        {
          printer: createPdfPrinter(() => Promise.reject(new Error('No printing in these tests'))),
          appVersion: '1.2.3',
          sendProgress: () => undefined,
          exportedFiles: new ExportedFiles(),
        },
      ),
      'shell:openExternal': ({ url }) => {
        openExternal(url);
        if (url.includes('boom')) throw new Error('disk on fire at /home/secret');
        if (url.includes('refuse')) throw new AppFailure('UNSAFE_URL', 'refused');
        return null;
      },
    },
    isTrustedSender: createSenderPolicy(['app://newsroom']),
    logError,
  });
});
afterEach(async () => {
  await session.close();
  await removeTempDir(dataDir);
});

describe('the IPC router', () => {
  it('answers a trusted request with a success envelope', async () => {
    expect(await route('app:getStatus', app, undefined)).toEqual({
      ok: true,
      value: { version: '1.2.3', dataDir, notices: [], saveProblem: null },
    });
  });

  it.each<[string, RequestSender]>([
    ['another origin', { ...app, frameUrl: 'https://evil.example/index.html' }],
    ['a subframe of the app', { ...app, isMainFrame: false }],
    ['another window', { ...app, fromAppWindow: false }],
    ['a frame that is gone', { ...app, frameUrl: null }],
    ['a file: page', { ...app, frameUrl: 'file:///home/user/index.html' }],
  ])('refuses a request from %s, before touching the store', async (_label, sender) => {
    const result = await route('settings:update', sender, { theme: 'dark' });
    expect(result).toMatchObject({ ok: false, error: { code: 'UNTRUSTED_SENDER' } });
    expect(store.settings.get().theme).toBe('system');
  });

  it('refuses a channel that is not in the contract', async () => {
    for (const channel of ['fs:readFile', '__proto__', 'constructor', 42, null]) {
      expect(await route(channel, app, undefined)).toMatchObject({
        ok: false,
        error: { code: 'UNKNOWN_CHANNEL' },
      });
    }
  });

  it('refuses malformed input with an error envelope and changes nothing', async () => {
    const bad: unknown[] = [
      { theme: 'neon' },
      { theme: 'dark', unexpected: true },
      'dark',
      { organisation: { name: 42 } },
      { uiLanguage: 'x'.repeat(1_000_000) },
      JSON.parse('{"__proto__": {"polluted": true}, "theme": "dark"}'),
    ];
    for (const input of bad) {
      const result = await route('settings:update', app, input);
      expect(result).toMatchObject({
        ok: false,
        error: { code: 'INVALID_INPUT', message: expect.any(String) },
      });
    }
    expect(store.settings.get().theme).toBe('system');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(await route('contacts:query', app, { offset: -1, limit: 10 })).toMatchObject({
      error: { code: 'INVALID_INPUT' },
    });
    expect(await route('releases:get', app, { id: '../../etc/passwd' })).toMatchObject({
      error: { code: 'INVALID_INPUT' },
    });
  });

  it('passes a known failure through with its code', async () => {
    expect(await route('shell:openExternal', app, { url: 'https://refuse.example' })).toEqual({
      ok: false,
      error: { code: 'UNSAFE_URL', message: 'refused' },
    });
    expect(await route('releases:get', app, { id: crypto.randomUUID() })).toMatchObject({
      error: { code: 'NOT_FOUND' },
    });
  });

  it('hides the details of an unexpected error from the renderer and logs them', async () => {
    const result = await route('shell:openExternal', app, { url: 'https://boom.example' });
    expect(result).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
    expect(JSON.stringify(result)).not.toContain('/home/secret');
    expect(logError).toHaveBeenCalledWith('Unexpected error on shell:openExternal', expect.any(Error));
  });

  it('applies the schema’s defaults before the handler runs', async () => {
    const result = await route('releases:create', app, { language: 'fr' });
    expect(result).toMatchObject({ ok: true, value: { language: 'fr', headline: '', status: 'draft' } });
  });
});
