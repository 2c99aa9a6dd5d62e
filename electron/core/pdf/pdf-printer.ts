import type { Settings } from '../../shared/schemas/settings';

/** The paper a release is printed on. */
export type PdfPageSize = Settings['pageSize'];

/** One release to print: core's HTML and what the PDF says about itself before post-processing. */
export interface PdfPrintJob {
  /** The `<article class="release">` made by `renderReleaseHtml`; the print page sanitises it again. */
  articleHtml: string;
  pageSize: PdfPageSize;
  /** The document title Chromium writes into the PDF (the headline). */
  title: string;
  /** A BCP 47 tag such as `fr`: the document language, which Chromium writes as the PDF's /Lang. */
  language: string;
}

/** A printed release, before its metadata is set. */
export interface PrintedPdf {
  pdf: Uint8Array;
  /** How many pages the print page laid out. */
  pages: number;
}

/**
 * Prints releases to PDF through the print page (renderer/print.html), whatever drives it:
 * Electron's `webContents.printToPDF` in the app, playwright-core's `page.pdf()` in tests and the
 * command line. Build one with `createPdfPrinter` over a `PrintPageOpener`, so that every
 * implementation keeps one warm page, serialises jobs and recovers from failures the same way.
 */
export interface PdfPrinter {
  /**
   * Prints one release. Jobs run one at a time, in call order; a job that fails rejects with a
   * `PdfPrintError` and does not affect the jobs after it.
   */
  print(job: PdfPrintJob): Promise<PrintedPdf>;
  /** Waits for the job in progress, rejects the ones still queued, and closes the print page. */
  close(): Promise<void>;
}

/**
 * The print page loaded once (fonts, styles and script ready), into which releases are injected
 * one after another. Each engine provides one; `createPdfPrinter` decides when to open and drop it.
 */
export interface LoadedPrintPage {
  /** Sanitises and lays out the job's release on the page; resolves with the number of pages. */
  render(job: PdfPrintJob): Promise<number>;
  /** Prints what the page shows now: one PDF sheet per page box, tagged, with an outline. */
  printToPdf(): Promise<Uint8Array>;
  /** Releases the page. Operations still running on it reject. */
  close(): Promise<void>;
}

/** Opens a fresh print page, ready to render. */
export type PrintPageOpener = () => Promise<LoadedPrintPage>;
