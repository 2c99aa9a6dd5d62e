import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { app, clipboard, dialog, Menu, nativeTheme, session, shell, type BrowserWindow } from 'electron';
import { createCoreHandlers } from '../core/ipc/core-handlers';
import { createPdfPrinter } from '../core/pdf/create-pdf-printer';
import { createFileLogger } from '../core/logging/file-logger';
import { resolveDataDir } from '../core/store/data-dir';
import { BackupScheduler } from '../core/backup/backup-scheduler';
import { StoreSession } from '../core/store/store-session';
import { uiLanguageForLocale } from '../shared/languages';
import type { MenuCommand } from '../shared/ipc/events';
import { AppFailure } from '../shared/result';
import { APP_ORIGIN } from './app-assets';
import { registerAppScheme, serveAppProtocol } from './app-protocol';
import { buildApplicationMenu } from './application-menu';
import { chooseFileToOpen, chooseFolder, chooseSavePath } from './file-dialogs';
import { ExportedFiles } from './exported-files';
import { createElectronPrintPageOpener } from './pdf/electron-print-page';
import { registerIpc, sendToRenderer } from './ipc/register-ipc';
import { createRouter } from './ipc/router';
import { createMainWindow } from './main-window';
import { menuLabels } from './menu-labels';
import { createPlatformHandlers } from './platform-handlers';
import { holdQuitUntilFlushed } from './quit-guard';
import { toSafeExternalUrl } from './security/external-url';
import { hardenAllWebContents, lockDownSession } from './security/harden-web-contents';
import { createSenderPolicy } from './security/sender-policy';

const DOCUMENTATION_URL = 'https://github.com/newsroom-app/newsroom#readme';
/** How long quitting waits for the window to save typed text, within the quit guard's own limit. */
const RENDERER_SAVE_LIMIT_MS = 3_000;

registerAppScheme();
const dataDir = resolveDataDir(process.env, join(app.getPath('userData'), 'data'));
if (process.env.NEWSROOM_DATA_DIR) {
  // One browser profile per data folder, so that the single-instance lock is per data folder too.
  app.setPath('userData', join(dataDir, '.profile'));
}

if (app.requestSingleInstanceLock()) {
  void start();
} else {
  // The first instance receives 'second-instance' and comes to the front.
  app.exit(0);
}

async function start(): Promise<void> {
  const devServerUrl = app.isPackaged ? null : (process.env.ELECTRON_RENDERER_URL ?? null);
  app.enableSandbox();
  // The dev server's origin too, so that the editor's preview frame loads in `npm run dev`.
  hardenAllWebContents(devServerUrl ? [APP_ORIGIN, new URL(devServerUrl).origin] : [APP_ORIGIN]);
  await app.whenReady();

  const logger = createFileLogger(
    join(dataDir, 'logs', 'newsroom.log'),
    app.isPackaged ? undefined : console.error,
  );
  lockDownSession(session.defaultSession, devServerUrl ? new URL(devServerUrl).origin : null);
  const rendererRoot = join(import.meta.dirname, '../renderer');
  serveAppProtocol(rendererRoot);

  let storeSession: StoreSession;
  try {
    storeSession = await StoreSession.open({
      dataDir,
      holder: 'the Newsroom app',
      locale: app.getLocale(),
      seedSampleOnFirstRun: true,
    });
  } catch (error) {
    logger.error('Could not open the data folder', error);
    const labels = menuLabels(uiLanguageForLocale(app.getLocale()));
    const locked = error instanceof AppFailure && error.code === 'STORE_LOCKED';
    dialog.showErrorBox(
      labels.startupFailedTitle,
      locked ? labels.lockedMessage : `${(error as Error).message}\n\n${dataDir}`,
    );
    app.exit(1);
    return;
  }

  let mainWindow: BrowserWindow | null = null;
  let rendererSaved: (() => void) | null = null;
  /** Asks the window to save what is typed but not yet saved; waits at most a few seconds. */
  const askRendererToSave = (): Promise<void> => {
    if (!mainWindow || mainWindow.isDestroyed()) return Promise.resolve();
    const saved = new Promise<void>((resolve) => {
      rendererSaved = resolve;
    });
    sendToRenderer(mainWindow, 'app:quitting', null);
    return Promise.race([saved, new Promise<void>((resolve) => setTimeout(resolve, RENDERER_SAVE_LIMIT_MS))]);
  };
  const uiLanguage = () => storeSession.store.settings.get().uiLanguage;
  const pdfPrinter = createPdfPrinter(createElectronPrintPageOpener(rendererRoot));
  const router = createRouter({
    handlers: {
      ...createCoreHandlers(storeSession, { version: app.getVersion() }),
      ...createPlatformHandlers(
        storeSession,
        {
          openExternal: (url) => shell.openExternal(url),
          openPath: (path) => shell.openPath(path),
          writeClipboard: (text) => clipboard.writeText(text),
          rendererReadyToQuit: () => {
            rendererSaved?.();
            rendererSaved = null;
          },
          chooseFile: (purpose) => chooseFileToOpen(mainWindow, purpose, uiLanguage()),
          chooseFolder: (purpose) => chooseFolder(mainWindow, purpose, uiLanguage()),
          chooseSavePath: (purpose, defaultName) =>
            chooseSavePath(mainWindow, purpose, defaultName, app.getPath('documents'), uiLanguage()),
          showItemInFolder: (path) => shell.showItemInFolder(path),
        },
        {
          printer: pdfPrinter,
          appVersion: app.getVersion(),
          sendProgress: (progress) => sendToRenderer(mainWindow, 'pdf:exportProgress', progress),
          exportedFiles: new ExportedFiles(),
        },
        {
          // Built beside this file from electron/core/contacts-import/import-worker.ts (electron.vite.config.ts).
          startWorker: (options) => new Worker(join(import.meta.dirname, 'import-worker.js'), options),
          sendProgress: (progress) => sendToRenderer(mainWindow, 'contacts:importProgress', progress),
        },
      ),
    },
    isTrustedSender: createSenderPolicy(devServerUrl ? [APP_ORIGIN, devServerUrl] : [APP_ORIGIN]),
    logError: logger.error,
  });
  registerIpc(router, () => mainWindow);

  const sendCommand = (command: MenuCommand) => {
    mainWindow?.focus();
    sendToRenderer(mainWindow, 'menu:command', command);
  };
  const applyPreferences = () => {
    const settings = storeSession.store.settings.get();
    nativeTheme.themeSource = settings.theme;
    const menu = buildApplicationMenu(
      settings.uiLanguage,
      {
        command: sendCommand,
        showDataFolder: () => void shell.openPath(dataDir),
        openDocumentation: () => {
          const url = toSafeExternalUrl(DOCUMENTATION_URL);
          if (url) void shell.openExternal(url);
        },
        showAbout: () => {
          const labels = menuLabels(storeSession.store.settings.get().uiLanguage);
          void dialog.showMessageBox({
            title: labels.about,
            message: 'Newsroom',
            detail: labels.aboutDetail.replace('{version}', app.getVersion()).replace('{dataDir}', dataDir),
          });
        },
      },
      !app.isPackaged,
    );
    Menu.setApplicationMenu(menu);
  };
  storeSession.subscribe((change) => {
    sendToRenderer(mainWindow, 'store:changed', change);
    if (change.scope === 'settings') applyPreferences();
  });
  applyPreferences();

  const openWindow = () => {
    const window = createMainWindow({ windowState: () => storeSession.store.windowState, devServerUrl });
    window.on('closed', () => {
      if (mainWindow === window) mainWindow = null;
    });
    mainWindow = window;
  };
  openWindow();

  const backups = new BackupScheduler(storeSession, {
    onError: (error) => logger.error('A backup failed', error),
  });
  void backups.start();

  app.on('second-instance', () => {
    if (!mainWindow) return openWindow();
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });
  app.on('activate', () => {
    if (!mainWindow) openWindow();
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  holdQuitUntilFlushed(
    async () => {
      await askRendererToSave();
      await backups.stop();
      await pdfPrinter.close();
      await storeSession.close();
    },
    () => logger.error('Quit went ahead before every write had finished: time limit reached'),
  );
}
