import type { Browser, Page, Request, Route } from 'playwright-core';
import { createPdfPrinter, type PdfPrinterOptions } from './create-pdf-printer';
import type { LoadedPrintPage, PdfPrinter } from './pdf-printer';
import {
  cachedReader,
  laidOutRelease,
  printedDocument,
  type PrintedDocument,
  type ReadAppFile,
} from './printed-document';
import {
  PRINT_PAGE_PATH,
  PRINT_PAGE_READY_SELECTOR,
  LAID_OUT_RELEASE_SCRIPT,
  PRINTED_DOCUMENT_PATH,
  renderedPageCount,
  renderJobScript,
} from './print-page-script';

/** A request for one of the app's files, as the app's protocol handler receives it. */
export interface AppAssetRequest {
  url: string;
  method: string;
}

/** The answer, with the app's Content-Security-Policy among its headers. */
export interface AppAssetResponse {
  status: number;
  headers: Record<string, string>;
  body: Buffer;
}

export interface ChromiumPagePrinterOptions extends PdfPrinterOptions {
  /**
   * Where print pages come from: a browser (each page then gets a context of its own) or a
   * factory of pages. Two are opened at the first job and after each failure: one, with
   * JavaScript, lays releases out; the other, with JavaScript off, prints the static result.
   */
  pages: Browser | PageFactory;
  /** The https origin that stands for `app://` (Chromium can only route http and https). */
  appOrigin: string;
  /**
   * Serves the built renderer's files with the app's CSP, as the app does: main's `readAppAsset`
   * bound to the renderer folder and `appOrigin`. Core cannot import main, so the caller passes it.
   */
  serveAppAsset: (request: AppAssetRequest) => Promise<AppAssetResponse>;
}

/** Opens a page in a context of its own, with JavaScript on or off as asked. */
export type PageFactory = (options: { javaScriptEnabled: boolean }) => Promise<Page>;

/** A printer driving Chromium through playwright-core, for the tests and the command line. */
export interface ChromiumPagePrinter extends PdfPrinter {
  /** Every request that tried to leave the print page, blocked, in order: stays empty when all is well. */
  readonly blockedRequests: readonly string[];
}

/** Tagged for screen readers and reflow, with an outline from the headings; paper from the page's CSS. */
const PDF_OPTIONS = {
  preferCSSPageSize: true,
  printBackground: true,
  tagged: true,
  outline: true,
} satisfies NonNullable<Parameters<Page['pdf']>[0]>;

/**
 * Whether a page may load `request`: the app's own files only, and no document but `documentUrl`
 * itself, so that nothing in a release can navigate the page or a frame somewhere else.
 */
function isAllowed(request: Request, documentUrl: URL): boolean {
  let url: URL;
  try {
    url = new URL(request.url());
  } catch {
    return false;
  }
  if (url.origin !== documentUrl.origin) return false;
  if (!request.isNavigationRequest()) return true;
  try {
    return url.pathname === documentUrl.pathname && request.frame().parentFrame() === null;
  } catch {
    // A service worker's request has no frame: the print page registers none.
    return false;
  }
}

async function openPage(
  pages: ChromiumPagePrinterOptions['pages'],
  javaScriptEnabled: boolean,
): Promise<Page> {
  if (typeof pages === 'function') return pages({ javaScriptEnabled });
  return pages.newPage({ serviceWorkers: 'block', acceptDownloads: false, javaScriptEnabled });
}

/**
 * Serves `page` through `serve` (the app's files, or the one printed document), as the app's
 * protocol handler does; every request `isAllowed` refuses is blocked and counted. No document but
 * `documentUrl` may load.
 */
async function serveLikeTheApp(
  page: Page,
  documentUrl: URL,
  serve: (request: AppAssetRequest) => Promise<AppAssetResponse>,
  blockedRequests: string[],
): Promise<void> {
  await page.route('**/*', async (route: Route) => {
    const request = route.request();
    if (!isAllowed(request, documentUrl)) {
      blockedRequests.push(request.url());
      return route.abort('blockedbyclient');
    }
    try {
      const asset = await serve({ url: request.url(), method: request.method() });
      return await route.fulfill({ status: asset.status, headers: asset.headers, body: asset.body });
    } catch {
      // A file that cannot be read fails its request, and the page load or the render with it.
      return route.abort('failed');
    }
  });
  // A popup would be a page of its own, outside this page's routes: none may live.
  page.on('popup', (popup) => void popup.close().catch(() => undefined));
}

/** Opens the print page on `page`, served like the app's own, and waits until it can render. */
async function loadPrintPage(
  page: Page,
  options: ChromiumPagePrinterOptions,
  blockedRequests: string[],
): Promise<void> {
  const printPageUrl = new URL(PRINT_PAGE_PATH, options.appOrigin);
  await serveLikeTheApp(page, printPageUrl, options.serveAppAsset, blockedRequests);
  const response = await page.goto(printPageUrl.href);
  if (!response?.ok()) throw new Error(`The print page did not load (HTTP ${response?.status() ?? 'none'})`);
  // The CSP is what stops a release that got past both sanitisers from running or loading anything.
  if (!(await response.headerValue('content-security-policy'))) {
    throw new Error('The print page was served without a Content-Security-Policy');
  }
  await page.waitForSelector(PRINT_PAGE_READY_SELECTOR, { state: 'attached' });
}

/** Reads the app's files by path through `serveAppAsset`, each once. */
function appFileReader(options: ChromiumPagePrinterOptions): ReadAppFile {
  return cachedReader(async (path) => {
    const asset = await options.serveAppAsset({ url: new URL(path, options.appOrigin).href, method: 'GET' });
    if (asset.status !== 200) throw new Error(`${path} could not be read (HTTP ${asset.status})`);
    return asset.body;
  });
}

async function openChromiumPrintPage(
  options: ChromiumPagePrinterOptions,
  blockedRequests: string[],
): Promise<LoadedPrintPage> {
  const layoutPage = await openPage(options.pages, true);
  let printingPage: Page | null = null;
  const printedDocumentUrl = new URL(PRINTED_DOCUMENT_PATH, options.appOrigin);
  const readFile = appFileReader(options);
  let current: PrintedDocument | null = null;
  let printed = 0;
  const closeBoth = async () => {
    await Promise.all([layoutPage.close(), printingPage?.close()]);
  };
  try {
    await loadPrintPage(layoutPage, options, blockedRequests);
    printingPage = await openPage(options.pages, false);
    // The printing page gets the printed document and nothing else: it needs nothing else.
    await serveLikeTheApp(
      printingPage,
      printedDocumentUrl,
      (request) => {
        if (!current || new URL(request.url).pathname !== PRINTED_DOCUMENT_PATH) {
          blockedRequests.push(request.url);
          return Promise.reject(new Error(`The printing page asked for ${request.url}`));
        }
        return Promise.resolve({
          status: 200,
          headers: current.headers,
          body: Buffer.from(current.html, 'utf8'),
        });
      },
      blockedRequests,
    );
  } catch (error) {
    await closeBoth().catch(() => undefined);
    throw error;
  }
  const printing = printingPage;
  return {
    render: async (job) => {
      const pages = renderedPageCount(await layoutPage.evaluate(renderJobScript(job)));
      current = await printedDocument(
        laidOutRelease(await layoutPage.evaluate(LAID_OUT_RELEASE_SCRIPT)),
        readFile,
      );
      return pages;
    },
    printToPdf: async () => {
      // A new address each time, so that no cache can give back the release printed before.
      printedDocumentUrl.search = `?job=${++printed}`;
      const response = await printing.goto(printedDocumentUrl.href);
      if (!response?.ok()) throw new Error('The laid-out release did not load in the printing page');
      return printing.pdf(PDF_OPTIONS);
    },
    close: closeBoth,
  };
}

/**
 * A `PdfPrinter` over playwright-core: the print page in a Chromium page, served through a route
 * with the app's files and CSP, every other request blocked and counted; each release rendered
 * by `newsroomPrint.render`, then printed with `page.pdf()`.
 */
export function createChromiumPagePrinter(options: ChromiumPagePrinterOptions): ChromiumPagePrinter {
  const blockedRequests: string[] = [];
  const printer = createPdfPrinter(() => openChromiumPrintPage(options, blockedRequests), options);
  return {
    print: (job) => printer.print(job),
    close: () => printer.close(),
    blockedRequests,
  };
}
