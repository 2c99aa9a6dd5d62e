import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { Page } from '@playwright/test';
import { createCoreHandlers } from '../../../electron/core/ipc/core-handlers';
import { BackupScheduler } from '../../../electron/core/backup/backup-scheduler';
import { StoreSession } from '../../../electron/core/store/store-session';
import { readAppAsset } from '../../../electron/main/app-assets';
import {
  createChromiumPagePrinter,
  type ChromiumPagePrinter,
} from '../../../electron/core/pdf/chromium-page-printer';
import { ExportedFiles } from '../../../electron/main/exported-files';
import { createRouter, type Router } from '../../../electron/main/ipc/router';
import { createPlatformHandlers, type SavePurpose } from '../../../electron/main/platform-handlers';
import { createSenderPolicy } from '../../../electron/main/security/sender-policy';
import type { EventName, EventPayload } from '../../../electron/shared/ipc/events';
import { makeTempDir, removeTempDir } from '../../support/temp-dir';
import { bridgeScript } from './bridge-script';

/** Stands for `app://newsroom`: Chromium can only route http(s) origins. */
export const HARNESS_ORIGIN = 'https://newsroom.test';
const RENDERER_ROOT = join(import.meta.dirname, '../../../out/renderer');
/** The contact import worker as the app builds it (electron.vite.config.ts): `npx electron-vite build` first. */
const IMPORT_WORKER = join(import.meta.dirname, '../../../out/main/import-worker.js');

export interface HarnessOptions {
  /** Start like a first run, with the sample organisation (the default), or from an empty store. */
  seedSample?: boolean;
  /** Prepare the data folder before the store opens (to plant damaged files, say). */
  prepareDataDir?: (dataDir: string) => Promise<void>;
  locale?: string;
}

/**
 * The whole app except Electron's transport: the built renderer in Chromium, served with the app's
 * CSP, and `window.newsroom` wired to main's own router over a real store in a fresh data folder.
 */
export class AppHarness {
  /** URLs the app asked the desktop to open, in order. */
  readonly openedExternally: string[] = [];
  /** Requests that tried to leave the app's origin; the app is offline and must make none. */
  readonly blockedRequests: string[] = [];
  /** The folder every folder dialog answers with; null stands for Cancel. */
  nextFolderToChoose: string | null = null;
  /** The file the next "open" dialog answers with; null stands for Cancel. */
  nextFileToOpen: string | null = null;
  /** The path every "save" dialog answers with; null stands for Cancel. */
  nextSavePath: string | null = null;
  /** What each "save" dialog was opened for, and the file name it offered, in order. */
  readonly saveDialogs: { purpose: SavePurpose; defaultName: string }[] = [];
  /** Files the app asked the desktop to open, and to show in their folder, in order. */
  readonly openedPaths: string[] = [];
  readonly shownInFolder: string[] = [];
  /** How many times the renderer said it had saved everything and the app could quit. */
  readyToQuitCalls = 0;
  /** What the app put on the clipboard, in order. */
  readonly clipboard: string[] = [];
  /** Console errors and uncaught exceptions in the page. */
  readonly pageErrors: string[] = [];

  private session!: StoreSession;
  /** As main's: made once, kept across restarts, its pages opened at the first export. */
  private readonly pdfPrinter: ChromiumPagePrinter;
  private readonly exportedFiles = new ExportedFiles();
  private backups!: BackupScheduler;
  private router!: Router;

  private constructor(
    readonly page: Page,
    readonly dataDir: string,
    private readonly options: HarnessOptions,
  ) {
    const browser = page.context().browser();
    if (!browser) throw new Error('The harness needs a page of a launched browser');
    this.pdfPrinter = createChromiumPagePrinter({
      pages: browser,
      appOrigin: HARNESS_ORIGIN,
      serveAppAsset: (request) => readAppAsset(RENDERER_ROOT, request, HARNESS_ORIGIN),
    });
  }

  static async start(page: Page, options: HarnessOptions = {}): Promise<AppHarness> {
    const dataDir = await makeTempDir('newsroom-e2e-');
    await options.prepareDataDir?.(dataDir);
    const harness = new AppHarness(page, dataDir, options);
    await harness.openStore();
    await harness.wirePage();
    return harness;
  }

  private async openStore(): Promise<void> {
    this.session = await StoreSession.open({
      dataDir: this.dataDir,
      holder: 'the end-to-end harness',
      locale: this.options.locale ?? 'en-GB',
      timeZone: 'Europe/Paris',
      seedSampleOnFirstRun: this.options.seedSample ?? true,
    });
    this.router = createRouter({
      handlers: {
        ...createCoreHandlers(this.session, { version: '0.0.0-harness' }),
        ...createPlatformHandlers(
          this.session,
          {
            openExternal: async (url) => {
              this.openedExternally.push(url);
            },
            openPath: async (path) => {
              this.openedPaths.push(path);
              return '';
            },
            writeClipboard: async (text) => {
              this.clipboard.push(text);
            },
            rendererReadyToQuit: () => {
              this.readyToQuitCalls += 1;
            },
            chooseFile: async () => {
              const path = this.nextFileToOpen;
              this.nextFileToOpen = null;
              return path;
            },
            chooseFolder: async () => this.nextFolderToChoose,
            chooseSavePath: async (purpose, defaultName) => {
              this.saveDialogs.push({ purpose, defaultName });
              return this.nextSavePath;
            },
            showItemInFolder: (path) => {
              this.shownInFolder.push(path);
            },
          },
          {
            printer: this.pdfPrinter,
            appVersion: '0.0.0-harness',
            sendProgress: (progress) => void this.emit('pdf:exportProgress', progress).catch(() => undefined),
            exportedFiles: this.exportedFiles,
          },
          {
            startWorker: (options) => new Worker(IMPORT_WORKER, options),
            sendProgress: (progress) =>
              void this.emit('contacts:importProgress', progress).catch(() => undefined),
          },
        ),
      },
      isTrustedSender: createSenderPolicy([HARNESS_ORIGIN]),
      logError: (message, error) => this.pageErrors.push(`main: ${message}: ${String(error)}`),
    });
    // As main does: a backup at start, then the 15-minute timer (which a test run never reaches).
    this.backups = new BackupScheduler(this.session, {
      onError: (error) => this.pageErrors.push(`backup: ${String(error)}`),
    });
    await this.backups.start();
    // As main does: tell the renderer what changed in the store.
    this.session.subscribe((change) => void this.emit('store:changed', change).catch(() => undefined));
  }

  private async wirePage(): Promise<void> {
    const { page } = this;
    page.on('console', (message) => {
      if (message.type() === 'error') this.pageErrors.push(message.text());
    });
    page.on('pageerror', (error) => this.pageErrors.push(error.message));
    await page.context().route('**/*', async (route) => {
      const request = route.request();
      if (!request.url().startsWith(`${HARNESS_ORIGIN}/`)) {
        this.blockedRequests.push(request.url());
        return route.abort('blockedbyclient');
      }
      const asset = await readAppAsset(
        RENDERER_ROOT,
        { url: request.url(), method: request.method() },
        HARNESS_ORIGIN,
      );
      return route.fulfill({ status: asset.status, headers: asset.headers, body: asset.body });
    });
    // JSON text both ways, as Electron's structured clone would carry only plain data anyway.
    await page.exposeBinding('__newsroomHarnessInvoke', async (source, channel: unknown, input: unknown) => {
      const parsed: unknown = typeof input === 'string' ? JSON.parse(input) : input;
      const result = await this.router(
        channel,
        {
          frameUrl: source.frame.url(),
          isMainFrame: source.frame === source.page.mainFrame(),
          fromAppWindow: source.page === page,
        },
        parsed,
      );
      return JSON.stringify(result);
    });
    await page.addInitScript({ content: await bridgeScript() });
  }

  /** Loads the app and waits until it says it is ready. */
  async open(): Promise<void> {
    await this.page.goto(`${HARNESS_ORIGIN}/index.html`);
    await this.waitUntilReady();
  }

  async waitUntilReady(): Promise<void> {
    await this.page.waitForSelector('html[data-app-state="ready"]');
  }

  /** A full reload of the renderer, as after Ctrl+R: the store stays open. */
  async reload(): Promise<void> {
    await this.page.reload();
    await this.waitUntilReady();
  }

  /** Quits and starts again on the same data folder: the store is closed and opened anew. */
  async restart(): Promise<void> {
    await this.backups.stop();
    await this.session.close();
    await this.openStore();
    await this.reload();
  }

  /** Pushes an event from "main" to the renderer, as `webContents.send` does in the app. */
  async emit<E extends EventName>(event: E, payload: EventPayload<E>): Promise<void> {
    await this.page.evaluate(
      ([name, value]) =>
        (
          window as unknown as { __newsroomHarnessEmit: (e: string, p: unknown) => void }
        ).__newsroomHarnessEmit(name, value),
      [event, payload] as const,
    );
  }

  /** The parsed content of a store file, as it is on disk now. */
  async readStoreFile<T = unknown>(relativePath: string): Promise<T> {
    await this.session.store.whenIdle();
    const { readFile } = await import('node:fs/promises');
    return JSON.parse(await readFile(join(this.dataDir, relativePath), 'utf8')) as T;
  }

  async close(): Promise<void> {
    await this.pdfPrinter.close();
    await this.backups.stop();
    await this.session.close();
    await removeTempDir(this.dataDir);
  }
}
