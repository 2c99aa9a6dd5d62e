/**
 * The settings of every window that shows Newsroom's interface: isolated from the preload, in
 * Chromium's sandbox, with no Node, no <webview>, web security on and spellcheck on. Kept apart
 * from the window code (and free of Electron) so that a unit test pins every value.
 */
export function hardenedWebPreferences(preload: string) {
  return {
    preload,
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
  } as const;
}
