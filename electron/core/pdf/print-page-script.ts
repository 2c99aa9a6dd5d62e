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
 * A script to evaluate in the print page after a render: resolves with the laid-out release (see
 * `LaidOutRelease`): the body with every script and link taken out, the stylesheets, and the font
 * files the layout loaded, so that the copy is printed in the very fonts that decided the breaks.
 */
export const LAID_OUT_RELEASE_SCRIPT = `(() => {
  const body = document.body.cloneNode(true);
  for (const element of body.querySelectorAll('script, link, meta, style')) element.remove();
  const fonts = new Set();
  for (const entry of performance.getEntriesByType('resource')) {
    const url = new URL(entry.name);
    // Compared by parts: a custom scheme's origin (app://) may read "null".
    const own = url.protocol === location.protocol && url.host === location.host;
    if (own && /\\.woff2$/.test(url.pathname)) fonts.add(url.pathname);
  }
  const stylesheets = [...document.querySelectorAll('link[rel="stylesheet"]')].map(
    (link) => new URL(link.href).pathname,
  );
  const root = document.documentElement;
  return {
    lang: root.lang,
    className: root.className,
    title: document.title,
    body: body.outerHTML,
    stylesheets,
    fonts: [...fonts],
  };
})()`;
