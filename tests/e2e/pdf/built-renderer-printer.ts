import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser } from '@playwright/test';
import {
  createChromiumPagePrinter,
  type ChromiumPagePrinter,
  type PageFactory,
} from '../../../electron/core/pdf/chromium-page-printer';
import type { PdfPrinter } from '../../../electron/core/pdf/pdf-printer';
import { renderReleasePdf } from '../../../electron/core/pdf/render-release-pdf';
import type { ReleaseRenderContext } from '../../../electron/core/release-render/render-release-html';
import { readAppAsset } from '../../../electron/main/app-assets';
import type { Release } from '../../../electron/shared/schemas/release';
import { HARNESS_ORIGIN } from '../harness/app-harness';

const RENDERER_ROOT = join(import.meta.dirname, '../../../out/renderer');

/** The version the test PDFs name as their producer, and the export time they carry. */
export const APP_VERSION = '0.1.0-e2e';
export const EXPORTED_AT = new Date('2026-11-12T09:30:00.000Z');

/** A printer as the command line makes one: the built renderer served with the app's CSP. */
export function builtRendererPrinter(pages: Browser | PageFactory): ChromiumPagePrinter {
  return createChromiumPagePrinter({
    pages,
    appOrigin: HARNESS_ORIGIN,
    serveAppAsset: (request) => readAppAsset(RENDERER_ROOT, request, HARNESS_ORIGIN),
  });
}

/** Exports `release` through `printer` to `path`, as the app does; resolves with its bytes and pages. */
export async function exportToFile(
  printer: PdfPrinter,
  release: Release,
  context: ReleaseRenderContext,
  path: string,
): Promise<{ pdf: Uint8Array; pages: number }> {
  const printed = await renderReleasePdf(release, context, printer, APP_VERSION, EXPORTED_AT);
  await writeFile(path, printed.pdf);
  return printed;
}
