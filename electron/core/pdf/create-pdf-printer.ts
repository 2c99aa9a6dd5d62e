import { PdfPrintError } from './pdf-print-error';
import type { LoadedPrintPage, PdfPrinter, PdfPrintJob, PrintedPdf, PrintPageOpener } from './pdf-printer';

/** Far above a real job (about 0.1 s warm, 1 s with the page to open), far below a stuck page. */
const DEFAULT_JOB_TIMEOUT_MS = 30_000;

export interface PdfPrinterOptions {
  /**
   * How long one job may take, opening the print page included. A job that takes longer fails
   * with `print-timeout`, and the page it ran on is dropped.
   */
  jobTimeoutMs?: number;
}

function asPrintError(error: unknown): PdfPrintError {
  if (error instanceof PdfPrintError) return error;
  const reason = error instanceof Error ? error.message : String(error);
  return new PdfPrintError('print-failed', `The release could not be printed: ${reason}`, { cause: error });
}

function withTimeout<T>(work: Promise<T>, timeoutMs: number): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new PdfPrintError('print-timeout', `Printing took longer than ${timeoutMs} ms`)),
      timeoutMs,
    );
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}

/** Closes a page that may still be opening, failed to open, or is broken: nothing it does matters now. */
async function closeQuietly(page: Promise<LoadedPrintPage>): Promise<void> {
  try {
    await (await page).close();
  } catch {
    // A page that never opened, crashed or is already closed has nothing left to release.
  }
}

/**
 * A `PdfPrinter` over any engine's print page:
 * - warm: the page is opened on the first job and kept, so each release is only injected into a
 *   page whose fonts, styles and script are loaded (the design notes measured 84 ms a release);
 * - serial: jobs run one at a time in call order, since one page can only show one release;
 * - recovering: after any failure (an error, a crash, a timeout) the page is dropped, and the next
 *   job opens a fresh one, so a release that breaks the page does not break the ones after it.
 */
export function createPdfPrinter(
  openPrintPage: PrintPageOpener,
  options: PdfPrinterOptions = {},
): PdfPrinter {
  const timeoutMs = options.jobTimeoutMs ?? DEFAULT_JOB_TIMEOUT_MS;
  let page: Promise<LoadedPrintPage> | null = null;
  let retiring: Promise<void> = Promise.resolve();
  let queue: Promise<unknown> = Promise.resolve();
  let closed = false;

  const dropPage = () => {
    if (page === null) return;
    const dropped = page;
    page = null;
    // Not awaited by the failed job: a page that hangs while closing must not hold up the next one.
    retiring = Promise.all([retiring, closeQuietly(dropped)]).then(() => undefined);
  };

  const run = async (job: PdfPrintJob): Promise<PrintedPdf> => {
    if (closed) throw new PdfPrintError('printer-closed', 'The PDF printer is closed');
    page ??= openPrintPage();
    // This job's own page: if it times out and a later job opens another, it cannot print that one.
    const current = await page;
    const pages = await current.render(job);
    const pdf = await current.printToPdf();
    return { pdf, pages };
  };

  return {
    print(job) {
      const result = queue
        .then(() => withTimeout(run(job), timeoutMs))
        .catch((error: unknown) => {
          const printError = asPrintError(error);
          if (printError.code !== 'printer-closed') dropPage();
          throw printError;
        });
      queue = result.catch(() => undefined);
      return result;
    },

    async close() {
      closed = true;
      await queue;
      dropPage();
      await retiring;
    },
  };
}
