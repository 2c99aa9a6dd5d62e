/*
 * Makes the screenshots in docs/ from the same harness as the end-to-end tests:
 * `npm run docs:screenshots` (after a build). Each shot starts from the first-run sample.
 */
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { chromium, type Page } from '@playwright/test';
import { AppHarness } from './app-harness';
import { chromiumArgs, findChromium } from './find-chromium';

interface Shot {
  file: string;
  colorScheme: 'light' | 'dark';
  locale: string;
  /** Brings the app to the state to capture. */
  arrange: (page: Page) => Promise<void>;
}

const docs = join(import.meta.dirname, '../../../docs');

const goTo = (name: string) => async (page: Page) => {
  await page.getByRole('navigation').getByRole('button', { name }).click();
  await page.mouse.move(0, 0);
};

const shots: Shot[] = [
  { file: 'releases-light.png', colorScheme: 'light', locale: 'en-GB', arrange: goTo('Releases') },
  { file: 'contacts-light.png', colorScheme: 'light', locale: 'en-GB', arrange: goTo('Contacts') },
  { file: 'settings-dark.png', colorScheme: 'dark', locale: 'en-GB', arrange: goTo('Settings') },
  { file: 'releases-fr-dark.png', colorScheme: 'dark', locale: 'fr-FR', arrange: goTo('Communiqués') },
];

const browserChoice = await findChromium();
const browser = await chromium.launch({ executablePath: browserChoice.executablePath, args: chromiumArgs() });
await mkdir(docs, { recursive: true });
for (const shot of shots) {
  const context = await browser.newContext({
    viewport: { width: 1280, height: 760 },
    colorScheme: shot.colorScheme,
    deviceScaleFactor: 1,
  });
  const page = await context.newPage();
  const app = await AppHarness.start(page, { locale: shot.locale });
  await app.open();
  await shot.arrange(page);
  await page.waitForTimeout(300); // let transitions finish; this is a picture, not a test
  await page.screenshot({ path: join(docs, shot.file) });
  await app.close();
  await context.close();
  console.log(`docs/${shot.file}`);
}
await browser.close();
