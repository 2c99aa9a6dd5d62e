/*
 * Security suite, the app's files and the network (issue 8, point 5). Requests for files outside
 * the renderer folder, through the same route and `readAppAsset` that serve the app (main's own
 * code), get a 404, however the path is disguised: the folder next door holds main's bundle, a
 * real target. And in a whole working session nothing is ever requested from another origin.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test } from './fixtures';
import { HARNESS_ORIGIN } from './harness/app-harness';
import { AppShell } from './pages/app-shell';
import { DirectoryPage } from './pages/directory-page';
import { ReleaseEditor } from './pages/release-editor';
import { SettingsPage } from './pages/settings-page';

const OUT = join(import.meta.dirname, '../../out');

test('files outside the renderer folder are not served, however the path is written', async ({ app }) => {
  // out/main/index.js sits next to out/renderer: reaching it would hand main's code to the page.
  const mainBundle = await readFile(join(OUT, 'main/index.js'), 'utf8');
  const probe = await app.page.context().newPage();
  for (const path of [
    '/%2e%2e%2fmain%2findex.js',
    '/%2E%2E%2Fmain%2Findex.js',
    '/..%2fmain%2findex.js',
    '/assets/..%2f..%2fmain%2findex.js',
    '/assets/%2e%2e/%2e%2e/main/index.js',
    '/..%5cmain%5cindex.js',
    '/%2e%2e%5cmain%5cindex.js',
    '/%252e%252e%252fmain%252findex.js',
    '/%c0%ae%c0%ae%c0%afmain%c0%afindex.js',
    '/%2e%2e%2f%2e%2e%2fpackage.json',
    '/main/index.js',
    '/preload/index.cjs',
    '//etc/passwd',
    '/%2fetc%2fpasswd',
    '/%2e%2e%2f%2e%2e%2f%2e%2e%2f%2e%2e%2f%2e%2e%2f%2e%2e%2fetc%2fpasswd',
    '/index.html%00.js',
    '/index.html%2500',
  ]) {
    const response = await probe.goto(`${HARNESS_ORIGIN}${path}`);
    expect(response?.status(), path).toBe(404);
    const body = await response!.text();
    expect(body, path).toBe('Not found');
    expect(body).not.toContain(mainBundle.slice(0, 200));
    expect(response!.headers()['content-security-policy'], path).toContain("default-src 'none'");
  }
  // The route itself works: the app's own files are served, with the policy.
  const index = await probe.goto(`${HARNESS_ORIGIN}/index.html`);
  expect(index?.status()).toBe(200);
  expect(index!.headers()['content-security-policy']).toContain("script-src 'self'");
  await probe.close();
  expect(app.blockedRequests).toEqual([]);
});

test('a whole working session requests nothing from any other origin', async ({ app }) => {
  const page = app.page;
  const shell = new AppShell(page);
  const editor = new ReleaseEditor(page);
  const directory = new DirectoryPage(page);
  const settings = new SettingsPage(page);

  // Releases: search, open the sample release, see its preview, edit and save it.
  await page.getByRole('searchbox', { name: 'Search the releases' }).fill('Nordlys');
  await page.getByRole('searchbox', { name: 'Search the releases' }).fill('');
  await page.getByRole('table').locator('tbody tr').first().getByRole('button').first().click();
  await expect(editor.previewText()).toContainText('Nordlys');
  await editor.body.click();
  await page.keyboard.press('End');
  await page.keyboard.type(' A sentence added in the journey.');
  await editor.waitUntilSaved();
  await expect(editor.previewText()).toContainText('A sentence added in the journey.');

  // Contacts: search, open one, come back.
  await shell.goTo('Contacts');
  await directory.search.fill('a');
  await directory.rows.first().click();
  await expect(directory.detail).toBeVisible();
  await directory.search.fill('');

  // Settings: the other language and back, the organisation saved.
  await shell.goTo('Settings');
  await settings.segment('Language', 'Français').click();
  await expect(shell.heading).toHaveText('Réglages');
  await settings.segment('Langue', 'English').click();
  await expect(shell.heading).toHaveText('Settings');
  await settings.organisationName.fill('Journey Press Office');
  await settings.saveOrganisation.click();
  await expect(shell.notifications().filter({ hasText: 'Settings saved' })).toBeVisible();

  // Back to the list, and a reload of the whole renderer.
  await shell.goTo('Releases');
  await app.reload();
  await expect(shell.heading).toHaveText('Press releases');

  expect(app.blockedRequests).toEqual([]);
  expect(page.url()).toBe(`${HARNESS_ORIGIN}/index.html`);
});
