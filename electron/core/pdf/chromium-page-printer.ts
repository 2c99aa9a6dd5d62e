import type { Browser, Page, Request, Route } from 'playwright-core';
import { createPdfPrinter, type PdfPrinterOptions } from './create-pdf-printer';
import type { LoadedPrintPage, PdfPrinter } from './pdf-printer';
import {
  PRINT_PAGE_PATH,
  PRINT_PAGE_READY_SELECTOR,
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
   * factory of pages. A new page is opened at the first job and after each failure.
   */
  pages: Browser | (() => Promise<Page>);
  /** The https origin that stands for `app://` (Chromium can only route http and https). */
  appOrigin: string;
  /**
   * Serves the built renderer's files with the app's CSP, as the app does: main's `readAppAsset`
   * bound to the renderer folder and `appOrigin`. Core cannot import main, so the caller passes it.
   */
  serveAppAsset: (request: AppAssetRequest) => Promise<AppAssetResponse>;
}

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
 * Whether the print page may load `request`: the app's own files only, and no document but the
 * print page itself, so that nothing in a release can navigate it or a frame somewhere else.
 */
function isAllowed(request: Request, printPageUrl: URL): boolean {
  let url: URL;
  try {
    url = new URL(request.url());
  } catch {
    return false;
  }
  if (url.origin !== printPageUrl.origin) return false;
  if (!request.isNavigationRequest()) return true;
  try {
    return url.pathname === printPageUrl.pathname && request.frame().parentFrame() === null;
  } catch {
    // A service worker's request has no frame: the print page registers none.
    return false;
  }
}

async function openPage(pages: ChromiumPagePrinterOptions['pages']): Promise<Page> {
  if (typeof pages === 'function') return pages();
  return pages.newPage({ serviceWorkers: 'block', acceptDownloads: false });
}

/** Opens the print page on `page`, served like the app's own, and waits until it can render. */
async function loadPrintPage(
  page: Page,
  options: ChromiumPagePrinterOptions,
  blockedRequests: string[],
): Promise<void> {
  const printPageUrl = new URL(PRINT_PAGE_PATH, options.appOrigin);
  await page.route('**/*', async (route: Route) => {
    const request = route.request();
    if (!isAllowed(request, printPageUrl)) {
      blockedRequests.push(request.url());
      return route.abort('blockedbyclient');
    }
    try {
      const asset = await options.serveAppAsset({ url: request.url(), method: request.method() });
      return await route.fulfill({ status: asset.status, headers: asset.headers, body: asset.body });
    } catch {
      // A file that cannot be read fails its request, and the page load or the render with it.
      return route.abort('failed');
    }
  });
  // A popup would be a page of its own, outside this page's routes: none may live.
  page.on('popup', (popup) => void popup.close().catch(() => undefined));
  const response = await page.goto(printPageUrl.href);
  if (!response?.ok()) throw new Error(`The print page did not load (HTTP ${response?.status() ?? 'none'})`);
  // The CSP is what stops a release that got past both sanitisers from running or loading anything.
  if (!(await response.headerValue('content-security-policy'))) {
    throw new Error('The print page was served without a Content-Security-Policy');
  }
  await page.waitForSelector(PRINT_PAGE_READY_SELECTOR, { state: 'attached' });
}

async function openChromiumPrintPage(
  options: ChromiumPagePrinterOptions,
  blockedRequests: string[],
): Promise<LoadedPrintPage> {
  const page = await openPage(options.pages);
  try {
    await loadPrintPage(page, options, blockedRequests);
  } catch (error) {
    await page.close().catch(() => undefined);
    throw error;
  }
  return {
    render: async (job) => renderedPageCount(await page.evaluate(renderJobScript(job))),
    printToPdf: () => page.pdf(PDF_OPTIONS),
    close: () => page.close(),
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
