/**
 * The settings of the hidden windows that make PDFs: the same isolation as the app's window, in
 * their own in-memory session, without a preload (they reach nothing in main) and without the
 * throttling of hidden windows, which would slow a batch. The window that lays a release out runs
 * the print page's script; the one that prints the static result has no JavaScript at all.
 * Free of Electron, so that a unit test pins every value.
 */
export function printWindowWebPreferences(javascript: boolean) {
  return {
    partition: PRINT_PARTITION,
    javascript,
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
    spellcheck: false,
    backgroundThrottling: false,
    safeDialogs: true,
  } as const;
}

/** The print windows' session: not persisted (no "persist:" prefix), shared by nothing else. */
export const PRINT_PARTITION = 'newsroom-print';
