import type { Release } from '../../shared/schemas/release';
import { renderReleaseHtml, type ReleaseRenderContext } from '../release-render/render-release-html';
import { setPdfMetadata } from './pdf-metadata';
import { PdfPrintError } from './pdf-print-error';
import type { PdfPrinter, PrintedPdf } from './pdf-printer';
import { releasePdfMetadata } from './release-pdf-metadata';

/**
 * One release as a finished PDF: core's HTML, printed by `printer` on the context's paper, then
 * given its metadata (`appVersion` for the producer, `now` for the dates).
 */
export async function renderReleasePdf(
  release: Release,
  context: ReleaseRenderContext,
  printer: PdfPrinter,
  appVersion: string,
  now: Date,
): Promise<PrintedPdf> {
  const printed = await printer.print({
    articleHtml: renderReleaseHtml(release, context),
    pageSize: context.pageSize,
    title: release.headline,
    language: release.language,
  });
  const { pdf, pageCount } = await setPdfMetadata(
    printed.pdf,
    releasePdfMetadata(release, context.organisation, appVersion, now),
  );
  // One sheet per laid-out page, or the page's CSS paper size was not applied (preferCSSPageSize).
  if (pageCount !== printed.pages) {
    throw new PdfPrintError(
      'print-failed',
      `The print page laid out ${printed.pages} page(s) but the PDF has ${pageCount}`,
    );
  }
  return { pdf, pages: pageCount };
}
