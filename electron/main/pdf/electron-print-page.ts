import { BrowserWindow, session } from 'electron';
import {
  PRINT_PAGE_PATH,
  LAID_OUT_RELEASE_SCRIPT,
  PRINTED_DOCUMENT_PATH,
  renderedPageCount,
  renderJobScript,
} from '../../core/pdf/print-page-script';
import type { LoadedPrintPage, PrintPageOpener } from '../../core/pdf/pdf-printer';
import {
  cachedReader,
  laidOutRelease,
  printedDocument,
  type PrintedDocument,
} from '../../core/pdf/printed-document';
import { APP_ORIGIN, APP_SCHEME, readAppAsset } from '../app-assets';
import { lockDownSession } from '../security/harden-web-contents';
import { PRINT_PARTITION, printWindowWebPreferences } from './print-window-preferences';

/** As the Chromium printer of the tests and command line: see electron/core/pdf/chromium-page-printer.ts. */
const PDF_OPTIONS = {
  preferCSSPageSize: true,
  printBackground: true,
  generateTaggedPDF: true,
  generateDocumentOutline: true,
} satisfies Electron.PrintToPDFOptions;

/**
 * Opens print pages in two hidden windows of a session of their own: one lays each release out
 * with the print page's script, the other, with JavaScript off, loads the static result and prints
 * it with `webContents.printToPDF`. The session serves the app's files and that static copy only;
 * every web request is cancelled and every permission refused.
 */
export function createElectronPrintPageOpener(rendererRoot: string): PrintPageOpener {
  const printSession = session.fromPartition(PRINT_PARTITION);
  lockDownSession(printSession, null);
  /** The release laid out last, which the printing window loads. */
  let current: PrintedDocument | null = null;
  printSession.protocol.handle(APP_SCHEME, async (request) => {
    if (new URL(request.url).pathname === PRINTED_DOCUMENT_PATH) {
      if (!current) return new Response('Nothing to print', { status: 404 });
      return new Response(current.html, { headers: current.headers });
    }
    const asset = await readAppAsset(rendererRoot, request, APP_ORIGIN);
    return new Response(new Uint8Array(asset.body), { status: asset.status, headers: asset.headers });
  });
  const readFile = cachedReader(async (path) => {
    const asset = await readAppAsset(
      rendererRoot,
      { url: `${APP_ORIGIN}${path}`, method: 'GET' },
      APP_ORIGIN,
    );
    if (asset.status !== 200) throw new Error(`${path} could not be read (HTTP ${asset.status})`);
    return asset.body;
  });
  let printed = 0;

  return async (): Promise<LoadedPrintPage> => {
    const layout = new BrowserWindow({ show: false, webPreferences: printWindowWebPreferences(true) });
    const printing = new BrowserWindow({ show: false, webPreferences: printWindowWebPreferences(false) });
    const close = () => {
      for (const window of [layout, printing]) if (!window.isDestroyed()) window.destroy();
      return Promise.resolve();
    };
    try {
      await layout.loadURL(`${APP_ORIGIN}${PRINT_PAGE_PATH}`);
      const ready: unknown = await layout.webContents.executeJavaScript('typeof window.newsroomPrint');
      if (ready !== 'object') throw new Error('The print page loaded without its script');
    } catch (error) {
      await close();
      throw error;
    }
    return {
      render: async (job) => {
        const pages = renderedPageCount(await layout.webContents.executeJavaScript(renderJobScript(job)));
        current = await printedDocument(
          laidOutRelease(await layout.webContents.executeJavaScript(LAID_OUT_RELEASE_SCRIPT)),
          readFile,
        );
        return pages;
      },
      printToPdf: async () => {
        // A new address each time, so that no cache can give back the release printed before.
        await printing.loadURL(`${APP_ORIGIN}${PRINTED_DOCUMENT_PATH}?job=${++printed}`);
        return new Uint8Array(await printing.webContents.printToPDF(PDF_OPTIONS));
      },
      close,
    };
  };
}
