/*
 * Exports the sample release and a three-page release through the PDF pipeline and renders their
 * pages to PNG at 70 dpi in docs/, for the README:
 * `npx electron-vite build && npx tsx tests/e2e/pdf/render-pdf-docs.ts`.
 */
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { chromiumArgs, findChromium } from '../harness/find-chromium';
import { makeTempDir, removeTempDir } from '../../support/temp-dir';
import { PDF_CASES } from './pdf-cases';
import { builtRendererPrinter, exportToFile } from './built-renderer-printer';
import { renderPagesToPng } from './poppler';

const docs = join(import.meta.dirname, '../../../docs');
/** Which test releases the README shows, and the prefix of their page images. */
const PICTURED = [
  ['sample-en-a4', 'pdf-sample-page'],
  ['three-pages-en-a4', 'pdf-three-pages-page'],
] as const;

const { executablePath } = await findChromium();
const browser = await chromium.launch({ executablePath, args: chromiumArgs() });
const printer = builtRendererPrinter(browser);
const folder = await makeTempDir('newsroom-pdf-docs-');
try {
  for (const [name, prefix] of PICTURED) {
    const pdfCase = PDF_CASES.find((candidate) => candidate.name === name);
    if (!pdfCase) throw new Error(`No PDF test case named ${name}`);
    const path = join(folder, `${name}.pdf`);
    const { pages } = await exportToFile(printer, pdfCase.release, pdfCase.context, path);
    renderPagesToPng(path, join(docs, prefix), 70);
    for (let page = 1; page <= pages; page += 1) console.log(`docs/${prefix}-${page}.png`);
  }
} finally {
  await printer.close();
  await browser.close();
  await removeTempDir(folder);
}
