/*
 * Prints sample releases to PDF and PNG (60 dpi) in .tmp/print-samples/, to look at the layout as
 * a press officer would: `npx electron-vite build && npx tsx tests/e2e/print/render-samples.ts`.
 */
import { execFileSync } from 'node:child_process';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { AppHarness } from '../harness/app-harness';
import { chromiumArgs, findChromium } from '../harness/find-chromium';
import { PrintPage, type PaperSize } from './print-page';
import { embargoedFrenchPrint, longPrint, samplePrint, type PrintSample } from './print-samples';

const outputDir = join(import.meta.dirname, '../../../.tmp/print-samples');
const samples: Array<[name: string, PrintSample, PaperSize]> = [
  ['sample-a4', samplePrint('en'), 'A4'],
  ['sample-fr-a4', samplePrint('fr'), 'A4'],
  ['long-a4', longPrint(), 'A4'],
  ['embargo-fr-letter', embargoedFrenchPrint(), 'Letter'],
];

const { executablePath } = await findChromium();
const browser = await chromium.launch({ executablePath, args: chromiumArgs() });
const page = await browser.newPage();
const harness = await AppHarness.start(page, { seedSample: false });
const print = await PrintPage.open(page);
await mkdir(outputDir, { recursive: true });
for (const [name, { html }, size] of samples) {
  const pages = await print.render(html, size);
  const pdf = join(outputDir, `${name}.pdf`);
  await page.pdf({ path: pdf, preferCSSPageSize: true, tagged: true });
  execFileSync('pdftoppm', ['-png', '-r', '60', pdf, join(outputDir, name)]);
  console.log(`${pdf}: ${pages} page(s)`);
}
await harness.close();
await browser.close();
