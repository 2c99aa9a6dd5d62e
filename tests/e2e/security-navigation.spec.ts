/*
 * Security suite, navigation (issue 8, point 5): links cannot take the app's window away, a web
 * link goes to main's openExternal (recorded by the harness) and any other link goes nowhere,
 * windows the page opens carry no bridge, and the preview frame's own bridge is refused by main.
 *
 * What the harness can prove and what it cannot: it runs the real renderer, whose link guard
 * stops every link before Chromium follows it, and main's real router and sender policy. It has no
 * Electron, so nothing stands in for main's will-navigate, will-frame-navigate and
 * setWindowOpenHandler guards: a script that sets `location` or calls `window.open` does reach
 * Chromium here. Those guards are driven with hostile URLs in
 * tests/unit/electron/security/harden-web-contents.test.ts, and the real app is checked to stay
 * on app://newsroom with one window in tests/electron/real-app.spec.ts (where Electron can start).
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { HARNESS_ORIGIN, type AppHarness } from './harness/app-harness';
import { ReleaseEditor } from './pages/release-editor';
import { ReleasesPage } from './pages/releases-page';

/** Puts a link in the page (or the frame's document) and returns its locator. */
async function plantLink(page: Page, href: string, attributes: Record<string, string> = {}) {
  const id = `planted-${Math.random().toString(36).slice(2)}`;
  await page.evaluate(
    ({ id, href, attributes }) => {
      const link = document.createElement('a');
      link.id = id;
      link.href = href;
      link.textContent = `Link to ${href}`;
      for (const [name, value] of Object.entries(attributes)) link.setAttribute(name, value);
      document.querySelector('main')?.prepend(link);
    },
    { id, href, attributes },
  );
  return page.locator(`#${id}`);
}

/** The app is still itself: same URL, its heading still rendered by its own script. */
async function expectStillTheApp(app: AppHarness): Promise<void> {
  expect(app.page.url()).toBe(`${HARNESS_ORIGIN}/index.html`);
  await expect(app.page.getByRole('main').getByRole('heading', { level: 1 })).toHaveText('Press releases');
  await expect(app.page.locator('html')).toHaveAttribute('data-app-state', 'ready');
}

test('a web link opens in the browser through main, and never navigates the window', async ({ app }) => {
  const popups: Page[] = [];
  app.page.context().on('page', (page) => popups.push(page));
  await (await plantLink(app.page, 'https://evil.example/')).click();
  await (await plantLink(app.page, 'https://evil.example/new-tab', { target: '_blank' })).click();
  await (await plantLink(app.page, 'https://evil.example/top', { target: '_top' })).click();
  await (await plantLink(app.page, 'https://evil.example/middle')).click({ button: 'middle' });
  await (await plantLink(app.page, 'mailto:press@example.org')).click();
  await expect
    .poll(() => app.openedExternally)
    .toEqual([
      'https://evil.example/',
      'https://evil.example/new-tab',
      'https://evil.example/top',
      'https://evil.example/middle',
      'mailto:press@example.org',
    ]);
  await expectStillTheApp(app);
  expect(popups).toEqual([]);
  expect(app.blockedRequests).toEqual([]);
});

test('a link to a file, a script or anything but the web goes nowhere', async ({ app }) => {
  const popups: Page[] = [];
  app.page.context().on('page', (page) => popups.push(page));
  for (const href of [
    'file:///etc/passwd',
    'file:///C:/Windows/System32/calc.exe',
    '\\\\attacker.example\\share\\payload.exe',
    'javascript:document.title="ran"',
    'http://evil.example/',
    'smb://attacker.example/share',
    'ms-settings:privacy',
    'data:text/html,<h1>elsewhere</h1>',
    '/%2e%2e/%2e%2e/etc/passwd',
  ]) {
    await (await plantLink(app.page, href)).click();
    await (await plantLink(app.page, href, { target: '_blank' })).click();
  }
  await expectStillTheApp(app);
  expect(await app.page.title()).not.toBe('ran');
  expect(app.openedExternally).toEqual([]);
  expect(popups).toEqual([]);
  expect(app.blockedRequests).toEqual([]);
});

test('a window opened from the page gets no bridge of its own', async ({ app }) => {
  // In the app, setWindowOpenHandler denies every window (see the top of this file). Chromium has
  // no such hook, so the windows open here: what the harness can show is that none of them is
  // given `window.newsroom`, and that none loads anything from elsewhere but the refused request.
  const opened = await Promise.all([
    app.page.context().waitForEvent('page'),
    app.page.evaluate(() => window.open(`${location.origin}/index.html`, '_blank') !== null),
  ]);
  const popup = opened[0];
  await popup.waitForLoadState();
  expect(popup.url()).toBe(`${HARNESS_ORIGIN}/index.html`);
  expect(await popup.evaluate(() => 'newsroom' in window)).toBe(false);
  await popup.close();
  const external = await Promise.all([
    app.page.context().waitForEvent('page'),
    app.page.evaluate(() => void window.open('https://evil.example/popup')),
  ]);
  await external[0].waitForLoadState();
  expect(await external[0].evaluate(() => 'newsroom' in window)).toBe(false);
  await external[0].close();
  expect(app.blockedRequests).toEqual(['https://evil.example/popup']);
  expect(app.openedExternally).toEqual([]);
  await expectStillTheApp(app);
});

test.describe('the preview frame', () => {
  test.beforeEach(async ({ app }) => {
    await new ReleasesPage(app.page).createDraft('A release to preview');
    await expect(new ReleaseEditor(app.page).previewText()).toContainText('A release to preview');
  });

  test('its links are for the PDF: a click follows none of them', async ({ app }) => {
    const editor = new ReleaseEditor(app.page);
    const frame = app.page.frames().find((candidate) => candidate.url().endsWith('/print.html'))!;
    await frame.evaluate(() => {
      const pages = document.getElementById('pages')!;
      for (const [href, target] of [
        ['https://evil.example/', ''],
        ['https://evil.example/blank', '_blank'],
        ['https://evil.example/top', '_top'],
        ['file:///etc/passwd', ''],
        ['javascript:document.title="ran"', ''],
      ] as const) {
        const link = document.createElement('a');
        link.href = href;
        link.textContent = `Preview link to ${href}`;
        if (target) link.target = target;
        pages.prepend(link);
      }
    });
    const popups: Page[] = [];
    app.page.context().on('page', (page) => popups.push(page));
    const links = editor.preview.locator('a[href]');
    const count = await links.count();
    for (let index = 0; index < count; index += 1) await links.nth(index).click();
    expect(frame.url()).toBe(`${HARNESS_ORIGIN}/print.html`);
    expect(await frame.title()).not.toBe('ran');
    expect(app.page.url()).toBe(`${HARNESS_ORIGIN}/index.html`);
    expect(popups).toEqual([]);
    expect(app.openedExternally).toEqual([]);
    expect(app.blockedRequests).toEqual([]);
  });

  test('main refuses any request from it, and nothing changes', async ({ app }) => {
    // In Electron the preload does not run in subframes, so the frame has no `window.newsroom` at
    // all. Playwright puts the harness's bridge in every frame: main's sender policy must refuse it.
    const frame = app.page.frames().find((candidate) => candidate.url().endsWith('/print.html'))!;
    const before = await app.readStoreFile('settings.json');
    const answers = await frame.evaluate(async () => {
      const bridge = (
        window as unknown as { newsroom?: Record<string, (input?: unknown) => Promise<unknown>> }
      ).newsroom;
      if (!bridge) return [];
      return Promise.all([
        bridge['updateSettings']!({ theme: 'dark' }),
        bridge['openExternal']!({ url: 'https://evil.example/' }),
        bridge['getSettings']!(),
      ]);
    });
    expect(answers).toHaveLength(3);
    for (const answer of answers) {
      expect(answer).toMatchObject({ ok: false, error: { code: 'UNTRUSTED_SENDER' } });
    }
    expect(await app.readStoreFile('settings.json')).toEqual(before);
    expect(app.openedExternally).toEqual([]);
  });
});
