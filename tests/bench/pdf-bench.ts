import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { exportReleases, type ReleaseExportJob } from '../../electron/core/pdf/export-releases';
import { renderReleasePdf } from '../../electron/core/pdf/render-release-pdf';
import { releaseRenderContext } from '../../electron/core/release-render/render-context';
import { firstRunSample } from '../../electron/core/sample/first-run-sample';
import type { Release } from '../../electron/shared/schemas/release';
import { chromiumArgs, findChromium } from '../e2e/harness/find-chromium';
import { builtRendererPrinter } from '../e2e/pdf/built-renderer-printer';
import { generateLongBody } from '../e2e/print/long-release';
import { makeTempDir, removeTempDir } from '../support/temp-dir';
import { summarise, timed } from './stats';

const APP_VERSION = '0.0.0-bench';
const WARM_RUNS = 10;
const BATCH_SIZE = 100;

/** The English sample with three generated paragraphs more: two A4 pages, checked when printed. */
function twoPageRelease(): Release {
  const sample = firstRunSample('en-GB').releases.find((release) => release.language === 'en');
  if (!sample) throw new Error('The first-run sample has no English release');
  const more = generateLongBody(3_000, 7).content.filter((node) => node.type === 'paragraph');
  return { ...sample, body: { type: 'doc', content: [...sample.body.content, ...more.slice(0, 3)] } };
}

/**
 * PDF export through the Chromium printer, as the command line runs it: the first export of a
 * two-page release with Chromium's launch included (cold), the median of 10 more (warm), and a
 * batch of 100 releases written to a folder (each PDF printed, post-processed, fsynced).
 */
export async function benchPdf(batchSize = BATCH_SIZE) {
  const release = twoPageRelease();
  const sample = firstRunSample('en-GB');
  const context = releaseRenderContext(release, sample.settings, sample.contacts);
  const folder = await makeTempDir('newsroom-pdf-bench-');
  const { executablePath } = await findChromium();

  const coldStart = performance.now();
  const browser = await chromium.launch({ executablePath, args: chromiumArgs() });
  const launchMs = performance.now() - coldStart;
  const printer = builtRendererPrinter(browser);
  try {
    const first = await renderReleasePdf(release, context, printer, APP_VERSION, new Date());
    const coldMs = performance.now() - coldStart;
    if (first.pages !== 2) throw new Error(`The bench release printed on ${first.pages} pages, not 2`);

    const warm: number[] = [];
    for (let run = 0; run < WARM_RUNS; run += 1) {
      warm.push(await timed(() => renderReleasePdf(release, context, printer, APP_VERSION, new Date())));
    }

    const jobs: ReleaseExportJob[] = Array.from({ length: batchSize }, (_, index) => ({
      release: { ...release, headline: `${release.headline} (${index + 1})` },
      context,
      targetPath: join(folder, `release-${index + 1}.pdf`),
    }));
    let summary: Awaited<ReturnType<typeof exportReleases>> | undefined;
    const batchMs = await timed(async () => {
      summary = await exportReleases(jobs, printer, { appVersion: APP_VERSION });
    });
    if (summary?.done.length !== batchSize) {
      throw new Error(`The batch exported ${summary?.done.length ?? 0} of ${batchSize}`);
    }
    return {
      release: { pages: first.pages, pdfKb: Math.round(first.pdf.byteLength / 102.4) / 10 },
      cold: { launchMs: Math.round(launchMs), firstExportMs: Math.round(coldMs) },
      warmMs: summarise(warm),
      batch: {
        releases: batchSize,
        seconds: Math.round(batchMs / 10) / 100,
        perReleaseMs: Math.round(batchMs / batchSize),
      },
    };
  } finally {
    await printer.close();
    await browser.close();
    await removeTempDir(folder);
  }
}
