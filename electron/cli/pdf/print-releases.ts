import { createChromiumPagePrinter } from '../../core/pdf/chromium-page-printer';
import {
  exportReleases,
  type ReleaseExportJob,
  type ReleaseExportSummary,
} from '../../core/pdf/export-releases';
import { readAppAsset } from '../../main/app-assets';
import type { CommandContext } from '../command';
import { packageVersion } from '../version';
import { launchChromium } from './launch-chromium';
import { printPageFolder } from './print-page-build';

/**
 * The origin the print page is served from inside Chromium, standing for the app's `app://newsroom`
 * (Chromium can only route http and https). `.invalid` never resolves: every request is answered
 * by the route, or blocked.
 */
const PRINT_ORIGIN = 'https://newsroom.invalid';

/**
 * Prints `jobs` one after another with the app's print page in a headless Chromium, each PDF
 * written atomically to its target; a release that fails is reported and the others go on.
 * With `showProgress`, a line per release on standard error.
 */
export async function printReleases(
  { output, env }: CommandContext,
  jobs: readonly ReleaseExportJob[],
  showProgress: boolean,
): Promise<ReleaseExportSummary> {
  const pageFolder = await printPageFolder(output);
  const { browser, source } = await launchChromium(env);
  output.note(`printing with ${source}.`);
  const printer = createChromiumPagePrinter({
    pages: browser,
    appOrigin: PRINT_ORIGIN,
    serveAppAsset: (request) => readAppAsset(pageFolder, request, PRINT_ORIGIN),
  });
  try {
    return await exportReleases(jobs, printer, {
      appVersion: packageVersion(),
      onProgress: ({ completed, total, outcome }) => {
        if (!showProgress) return;
        const job = jobs[completed - 1];
        output.note(
          `[${completed}/${total}] ${outcome === 'done' ? 'wrote' : 'FAILED'} ${job?.targetPath ?? ''}`,
        );
      },
    });
  } finally {
    await printer.close();
    await browser.close();
  }
}
