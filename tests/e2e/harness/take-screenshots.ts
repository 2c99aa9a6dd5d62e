/*
 * Makes the screenshots in docs/ from the same harness as the end-to-end tests:
 * `npm run docs:screenshots` (after a build). Each shot starts from the first-run sample.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Page } from '@playwright/test';
import { AppHarness } from './app-harness';
import { chromiumArgs, findChromium } from './find-chromium';

interface Shot {
  file: string;
  colorScheme: 'light' | 'dark';
  locale: string;
  /** Brings the app to the state to capture. */
  arrange: (page: Page, app: AppHarness) => Promise<void>;
}

const docs = join(import.meta.dirname, '../../../docs');

const goTo = (name: string) => async (page: Page) => {
  await page.getByRole('navigation').getByRole('button', { name }).click();
  await page.mouse.move(0, 0);
};

/** Opens a release in the editor and waits until its preview shows it. */
const openRelease = (headline: RegExp) => async (page: Page) => {
  await page.getByRole('button', { name: headline }).click();
  await page.waitForSelector('[data-testid="release-preview"][data-rendered-version]');
  await page.mouse.move(0, 0);
};

/** The quick lookup, found by a name typed without its accents. */
const lookUp = (query: string) => async (page: Page) => {
  await page.keyboard.press('Control+K');
  await page.getByRole('dialog').waitFor();
  await page.keyboard.type(query);
  await page.getByRole('dialog').getByRole('option').first().waitFor();
};

/** A vCard that repeats a contact of the sample, brings a new one, and holds one card that cannot be read. */
const PRESS_CARDS = [
  ...['BEGIN:VCARD', 'VERSION:3.0', 'N:Marchal;Dorothée;;;', 'FN:Dorothée Marchal'],
  ...['ORG:La Gazette du Littoral', 'TITLE:Rédactrice en chef', 'EMAIL:D.MARCHAL@EXAMPLE.FR'],
  ...['TEL;TYPE=CELL:+33 6 11 22 33 44', 'END:VCARD'],
  ...['BEGIN:VCARD', 'VERSION:4.0', 'N:Dubois;Inès;;;', 'FN:Inès Dubois', 'ORG:Radio Brest'],
  ...['EMAIL:ines@radio-brest.example', 'END:VCARD'],
  ...['BEGIN:VCARD', 'VERSION:3.0', 'FN:', 'END:VCARD', ''],
].join('\r\n');

/** The import preview of PRESS_CARDS, chosen through the File menu's dialog. */
const previewImport = async (page: Page, app: AppHarness) => {
  await goTo('Contacts')(page);
  app.nextFileToOpen = join(tmpdir(), 'newsroom-screenshot-press.vcf');
  await writeFile(app.nextFileToOpen, PRESS_CARDS);
  await page.getByRole('main').getByRole('button', { name: 'Import…' }).click();
  await page.getByRole('dialog').getByRole('tab').first().waitFor();
  await page.mouse.move(0, 0);
};

const shots: Shot[] = [
  { file: 'releases-light.png', colorScheme: 'light', locale: 'en-GB', arrange: goTo('Releases') },
  {
    file: 'editor-light.png',
    colorScheme: 'light',
    locale: 'en-GB',
    arrange: openRelease(/^Coastal towns and Nordlys/),
  },
  {
    file: 'editor-dark.png',
    colorScheme: 'dark',
    locale: 'en-GB',
    arrange: openRelease(/^Coastal towns and Nordlys/),
  },
  {
    file: 'editor-fr-light.png',
    colorScheme: 'light',
    locale: 'fr-FR',
    arrange: openRelease(/^Les villes côtières/),
  },
  {
    file: 'editor-fr-dark.png',
    colorScheme: 'dark',
    locale: 'fr-FR',
    arrange: openRelease(/^Les villes côtières/),
  },
  { file: 'contacts-light.png', colorScheme: 'light', locale: 'en-GB', arrange: goTo('Contacts') },
  { file: 'contacts-dark.png', colorScheme: 'dark', locale: 'en-GB', arrange: goTo('Contacts') },
  { file: 'lookup-light.png', colorScheme: 'light', locale: 'en-GB', arrange: lookUp('soren') },
  { file: 'contacts-import-light.png', colorScheme: 'light', locale: 'en-GB', arrange: previewImport },
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
  await shot.arrange(page, app);
  await page.waitForTimeout(300); // let transitions finish; this is a picture, not a test
  await page.screenshot({ path: join(docs, shot.file) });
  await app.close();
  await context.close();
  console.log(`docs/${shot.file}`);
}
await browser.close();
