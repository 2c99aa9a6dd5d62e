import { chromium } from '@playwright/test';
import { AppHarness } from '../e2e/harness/app-harness';
import { chromiumArgs, findChromium } from '../e2e/harness/find-chromium';
import { writeGeneratedStore } from '../support/generated-store';
import { summarise } from './stats';

/** What a person types into the directory search, one character at a time. */
const TYPED = ['jagland', 'dorothee', 'muller', 'reuters', 'oslo', 'zoe', 'kowalski'];
const KEYSTROKES = 50;
/** Long enough for the list to settle between keystrokes, so each one is measured on its own. */
const PAUSE_MS = 200;

declare global {
  interface Window {
    __paintLatencies?: number[];
  }
}

/**
 * In the Chromium harness with `count` generated contacts: the time from a keystroke in the
 * directory's search box to the updated list being painted, over 50 keystrokes. The page records,
 * for each input event, when the last change to the list it caused reached the screen (the frame
 * after the DOM mutation).
 */
export async function benchDirectoryPaint(count: number) {
  const browserChoice = await findChromium();
  const browser = await chromium.launch({
    executablePath: browserChoice.executablePath,
    args: chromiumArgs(),
  });
  const page = await browser.newPage({ viewport: { width: 1280, height: 820 } });
  const app = await AppHarness.start(page, {
    prepareDataDir: (dataDir) => writeGeneratedStore(dataDir, { contacts: count, releases: 0 }),
  });
  try {
    await app.open();
    await page.getByRole('navigation').getByRole('button', { name: 'Contacts' }).click();
    const search = page.getByRole('searchbox', { name: 'Search the directory' });
    // The index builds in the background after start-up: wait until a search answers.
    await search.fill('a');
    await page.waitForFunction(
      () => !document.body.innerText.includes('Preparing the search index'),
      undefined,
      { timeout: 60_000 },
    );
    await search.fill('');
    await page.locator('[data-testid="directory-rows"] [role="row"]').first().waitFor();
    await page.evaluate(() => {
      const rows = document.querySelector('[data-testid="directory-rows"]')!;
      const input = document.querySelector('main input[type="search"]')!;
      const latencies: number[] = [];
      window.__paintLatencies = latencies;
      let started = 0;
      let painted = 0;
      input.addEventListener('input', (event) => {
        if (started && painted) latencies.push(Math.round((painted - started) * 100) / 100);
        started = event.timeStamp;
        painted = 0;
      });
      new MutationObserver(() => {
        const stamp = started;
        requestAnimationFrame(() => {
          // A message after the frame: the mutation has been painted.
          const channel = new MessageChannel();
          channel.port1.onmessage = () => {
            if (stamp === started) painted = performance.now();
          };
          channel.port2.postMessage(null);
        });
      }).observe(rows, { childList: true, subtree: true, characterData: true });
    });
    await search.focus();
    // Keystrokes that leave the list as it was paint nothing and are not counted: type until 50
    // keystrokes have changed the list.
    const measured = () => page.evaluate(() => window.__paintLatencies?.length ?? 0);
    for (let round = 0; round < 20 && (await measured()) < KEYSTROKES; round += 1) {
      for (const word of TYPED) {
        for (const letter of word) {
          await page.keyboard.type(letter);
          await page.waitForTimeout(PAUSE_MS);
        }
        await page.keyboard.press('Control+A');
        await page.keyboard.press('Backspace');
        await page.waitForTimeout(PAUSE_MS);
      }
    }
    // One more keystroke closes the measurement of the last one.
    await page.keyboard.type('a');
    await page.waitForTimeout(PAUSE_MS);
    const latencies = await page.evaluate(() => window.__paintLatencies ?? []);
    const domRows = await page.locator('[data-testid="directory-rows"] [role="row"]').count();
    return { contacts: count, keystrokeToPaintMs: summarise(latencies), domRowsRendered: domRows };
  } finally {
    await app.close();
    await browser.close();
  }
}
