import { mkdir, writeFile } from 'node:fs/promises';
import { chromium } from '@playwright/test';
import { summarise as summariseRelease } from '../../electron/core/repositories/releases-repository';
import { releaseFileCodec, releasesIndexCodec } from '../../electron/core/store/documents';
import { storeLayout } from '../../electron/core/store/layout';
import { AppHarness } from '../e2e/harness/app-harness';
import { chromiumArgs, findChromium } from '../e2e/harness/find-chromium';
import { generateRelease } from '../support/generate';
import { summarise } from './stats';

const KEYSTROKES = 50;
const PAUSE_MS = 250;

declare global {
  interface Window {
    __editorTimings?: { toScreen: number[]; toPreview: number[] };
  }
}

/**
 * In the Chromium harness, with a release of about 3,000 words open in the editor: the time from a
 * keystroke in the body to the character on screen, and to the live preview showing it (the print
 * page re-rendered and painted), over 50 keystrokes.
 */
export async function benchEditor() {
  const release = { ...generateRelease(0, 50), headline: 'Benchmark release' };
  const words = JSON.stringify(release.body).split(/\s+/).length;
  const browserChoice = await findChromium();
  const browser = await chromium.launch({
    executablePath: browserChoice.executablePath,
    args: chromiumArgs(),
  });
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  const app = await AppHarness.start(page, {
    prepareDataDir: async (dataDir) => {
      const layout = storeLayout(dataDir);
      await mkdir(layout.releasesFolder, { recursive: true });
      await writeFile(layout.release(release.id), releaseFileCodec.encode({ schemaVersion: 1, release }));
      await writeFile(
        layout.releasesIndex,
        releasesIndexCodec.encode({ schemaVersion: 1, releases: [summariseRelease(release)], counters: {} }),
      );
    },
  });
  try {
    await app.open();
    await page.getByRole('button', { name: 'Benchmark release', exact: true }).click();
    await page.waitForSelector('[data-testid="release-preview"][data-rendered-version]');
    const pages = await page.frameLocator('iframe[title]').locator('.page').count();
    // Plain callbacks only in the page: named functions would carry the bundler's helpers with them.
    await page.evaluate(() => {
      const timings = { toScreen: [] as number[], toPreview: [] as number[] };
      window.__editorTimings = timings;
      const body = document.querySelector('.ProseMirror')!;
      const preview = document.querySelector('[data-testid="release-preview"]') as HTMLElement;
      let started = 0;
      body.addEventListener('beforeinput', (event) => {
        started = event.timeStamp;
      });
      const watched: Array<[Node, MutationObserverInit, number[]]> = [
        [body, { childList: true, subtree: true, characterData: true }, timings.toScreen],
        [preview, { attributes: true, attributeFilter: ['data-rendered-version'] }, timings.toPreview],
      ];
      for (const [target, options, list] of watched) {
        new MutationObserver(() => {
          const stamp = started;
          if (!stamp) return;
          // The frame after the change: it is on screen.
          requestAnimationFrame(() => {
            const channel = new MessageChannel();
            channel.port1.onmessage = () => {
              if (
                stamp === started &&
                list.length <
                  (list === timings.toScreen ? timings.toPreview.length + 1 : timings.toScreen.length)
              ) {
                list.push(performance.now() - stamp);
              }
            };
            channel.port2.postMessage(null);
          });
        }).observe(target, options);
      }
    });
    await page.locator('.ProseMirror p').last().click();
    await page.keyboard.press('End');
    for (let stroke = 0; stroke < KEYSTROKES; stroke += 1) {
      await page.keyboard.type('abcdefghij'[stroke % 10]!);
      await page.waitForTimeout(PAUSE_MS);
    }
    const timings = await page.evaluate(() => window.__editorTimings!);
    return {
      releaseWords: words,
      previewPages: pages,
      keystrokeToScreenMs: summarise(timings.toScreen),
      keystrokeToPreviewMs: summarise(timings.toPreview),
    };
  } finally {
    await app.close();
    await browser.close();
  }
}
