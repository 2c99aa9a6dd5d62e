import type { PdfPrintJob } from './pdf-printer';

/** Where the print page is, on the origin the app's files are served from. */
export const PRINT_PAGE_PATH = '/print.html';

/** Matches once print.html's script has defined `window.newsroomPrint` (see renderer/src/print/main.ts). */
export const PRINT_PAGE_READY_SELECTOR = 'html[data-print-state]';

/**
 * A script to evaluate in the print page that renders `job` and resolves with the page count.
 * A string, not a function, so that every engine runs the very same code: Playwright's
 * `page.evaluate` and Electron's `webContents.executeJavaScript` both take one. The job travels as
 * JSON, which is valid JavaScript source for any text (U+2028 included, since ES2019), so the
 * release's content can never become code.
 */
export function renderJobScript(job: PdfPrintJob): string {
  const input = JSON.stringify({
    html: job.articleHtml,
    pageSize: job.pageSize,
    title: job.title.trim(),
    language: job.language,
  });
  return `(async (job) => {
  const { pages } = await window.newsroomPrint.render(job.html, { pageSize: job.pageSize });
  if (job.title !== '') document.title = job.title;
  document.documentElement.lang = job.language;
  return pages;
})(${input})`;
}

/** The page count a render script resolved with, checked: a page that says anything else is broken. */
export function renderedPageCount(value: unknown): number {
  if (typeof value === 'number' && Number.isInteger(value) && value >= 1) return value;
  throw new Error(`The print page answered ${JSON.stringify(value)} instead of a page count`);
}

/**
 * Where the print window loads the laid-out release from. The pages are laid out by the print
 * page's script; what is printed is a static copy of them, in a window with JavaScript off, so
 * that nothing in a release can run while the PDF is made even if it slipped past the sanitisers.
 */
export const PRINTED_DOCUMENT_PATH = '/printed-release.html';

/**
 * The policy of the static copy: no script of any kind, the app's own stylesheets and fonts, and
 * images only as data URIs (the embedded logo). Nothing else loads, and no link or form goes anywhere.
 */
export const PRINTED_DOCUMENT_CSP = [
  "default-src 'none'",
  "script-src 'none'",
  "style-src 'self'",
  "font-src 'self'",
  'img-src data:',
  "object-src 'none'",
  "frame-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

/** The headers the static copy is served with, by the app's protocol handler or a test route. */
export const PRINTED_DOCUMENT_HEADERS = {
  'Content-Type': 'text/html; charset=utf-8',
  'Content-Security-Policy': PRINTED_DOCUMENT_CSP,
  'X-Content-Type-Options': 'nosniff',
} as const;

/**
 * A script to evaluate in the print page after a render: resolves with the laid-out document as
 * static HTML, every script and module link taken out. The fonts the page loaded are named as
 * preloads, which hold the copy's load event until they are in, so that the printing window lays
 * out the text in the very fonts that decided the page breaks.
 */
export const PRINTED_DOCUMENT_SCRIPT = `(() => {
  const copy = document.documentElement.cloneNode(true);
  for (const element of copy.querySelectorAll('script, link:not([rel="stylesheet"]), meta[http-equiv]')) {
    element.remove();
  }
  const head = copy.querySelector('head');
  const fontPaths = new Set();
  for (const entry of performance.getEntriesByType('resource')) {
    const url = new URL(entry.name);
    if (url.origin === location.origin && /\\.woff2?$/.test(url.pathname)) fontPaths.add(url.pathname);
  }
  for (const path of fontPaths) {
    const link = document.createElement('link');
    link.rel = 'preload';
    link.as = 'font';
    link.crossOrigin = 'anonymous';
    link.href = path;
    head.prepend(link);
  }
  return '<!doctype html>\\n' + copy.outerHTML;
})()`;

/** The static copy a script resolved with, checked: anything but a document means a broken page. */
export function printedDocumentHtml(value: unknown): string {
  if (typeof value === 'string' && value.startsWith('<!doctype html>')) return value;
  throw new Error('The print page did not give back the laid-out release');
}
