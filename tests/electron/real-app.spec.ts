import { spawnSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { _electron as electron, expect, test, type ElectronApplication, type Page } from '@playwright/test';
import { makeTempDir, removeTempDir } from '../support/temp-dir';
import { AppShell } from '../e2e/pages/app-shell';
import { SettingsPage } from '../e2e/pages/settings-page';
import { pageText, pdfFonts, pdfInfo } from '../e2e/pdf/poppler';
import { ELECTRON_MISSING, findElectronBinary } from './electron-binary';

const executablePath = findElectronBinary();
const mainScript = join(import.meta.dirname, '../../out/main/index.js');
if (!executablePath && !process.env.TEST_WORKER_INDEX) console.log(ELECTRON_MISSING);

test.describe('the real Electron app', () => {
  test.skip(!executablePath, ELECTRON_MISSING);

  let dataDir: string;
  let app: ElectronApplication;
  let page: Page;

  test.beforeEach(async () => {
    dataDir = await makeTempDir('newsroom-electron-');
    app = await electron.launch({
      executablePath: executablePath!,
      args: [mainScript],
      env: { ...process.env, NEWSROOM_DATA_DIR: dataDir, LANG: 'en_GB.UTF-8' },
    });
    page = await app.firstWindow();
    await page.waitForSelector('html[data-app-state="ready"]');
  });

  test.afterEach(async () => {
    await app.close();
    await removeTempDir(dataDir);
  });

  test('serves the interface from app:// with no Node in the page', async () => {
    expect(page.url()).toBe('app://newsroom/index.html');
    const globals = await page.evaluate(() => {
      const scope = window as unknown as Record<string, unknown>;
      return [typeof scope.require, typeof scope.process, typeof scope.ipcRenderer];
    });
    expect(globals).toEqual(['undefined', 'undefined', 'undefined']);
    const methods = await page.evaluate(
      () => Object.keys((window as unknown as { newsroom: object }).newsroom).length,
    );
    expect(methods).toBeGreaterThan(5);
  });

  test('switches to French and back, navigates, and saves to the data folder', async () => {
    const shell = new AppShell(page);
    const settings = new SettingsPage(page);
    await shell.goTo('Settings');
    await settings.segment('Language', 'Français').click();
    await expect(shell.heading).toHaveText('Réglages');
    await shell.goTo('Contacts');
    await expect(shell.heading).toHaveText('Contacts médias');
    await shell.goTo('Réglages');
    await settings.segment('Langue', 'English').click();
    await settings.organisationName.fill('Electron Press Office');
    await settings.saveOrganisation.click();
    await expect(shell.notifications().filter({ hasText: 'Settings saved' })).toBeVisible();
    const stored = JSON.parse(await readFile(join(dataDir, 'settings.json'), 'utf8')) as {
      settings: { organisation: { name: string } };
    };
    expect(stored.settings.organisation.name).toBe('Electron Press Office');
  });

  test('refuses to navigate away or open windows', async () => {
    await page.evaluate(() => {
      window.location.href = 'https://evil.example/';
    });
    await page.evaluate(() => window.open('https://evil.example/'));
    await expect.poll(() => page.url()).toBe('app://newsroom/index.html');
    expect(app.windows()).toHaveLength(1);
  });

  test('exports the sample release to a tagged PDF through the hidden, script-free print window', async () => {
    const target = join(dataDir, 'exported.pdf');
    // The save dialog is native: main's dialog module answers instead of the person.
    await app.evaluate(({ dialog }, path) => {
      dialog.showSaveDialog = () => Promise.resolve({ canceled: false, filePath: path });
    }, target);
    await page.getByRole('button', { name: /^Coastal towns and Nordlys/ }).click();
    await page.getByRole('button', { name: 'Export PDF…' }).click();
    await expect(new AppShell(page).notifications()).toContainText('Exported exported.pdf (1 page).');
    expect(pdfInfo(target)).toMatchObject({
      Tagged: 'yes',
      Pages: '1',
      Producer: expect.stringMatching(/^Newsroom /),
    });
    expect(pdfFonts(target).every((font) => font.embedded && /\+Noto(Sans|Serif)-/.test(font.name))).toBe(
      true,
    );
    expect(pageText(target, 1)).toMatch(/PRESS RELEASE[\s\S]*Coastal towns and Nordlys Energy[\s\S]*ENDS/);
  });

  test('a second launch on the same data folder exits and leaves the first one running', () => {
    const second = spawnSync(executablePath!, [mainScript], {
      env: { ...process.env, NEWSROOM_DATA_DIR: dataDir },
      timeout: 20_000,
    });
    expect(second.status).toBe(0);
    expect(app.windows()).toHaveLength(1);
  });
});
