import { describe, expect, it } from 'vitest';
import { hardenedWebPreferences } from '../../../../../electron/main/security/web-preferences';

describe('hardenedWebPreferences', () => {
  it('isolates and sandboxes the page, gives it no Node and no <webview>, and keeps web security on', () => {
    expect(hardenedWebPreferences('/app/preload/index.cjs')).toEqual({
      preload: '/app/preload/index.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webviewTag: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      navigateOnDragDrop: false,
      spellcheck: true,
      safeDialogs: true,
    });
  });
});
