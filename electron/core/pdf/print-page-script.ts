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
