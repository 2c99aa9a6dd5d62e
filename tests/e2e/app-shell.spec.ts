import { channels } from '../../electron/shared/ipc/channels';
import { events } from '../../electron/shared/ipc/events';
import { expect, test } from './fixtures';
import { SettingsPage } from './pages/settings-page';

test('switches to French and back, and navigates all three sections in each language', async ({
  app,
  shell,
}) => {
  const settings = new SettingsPage(app.page);
  await expect(shell.heading).toHaveText('Press releases');

  await shell.goTo('Contacts');
  await expect(shell.heading).toHaveText('Media contacts');
  await shell.goTo('Settings');
  await expect(shell.heading).toHaveText('Settings');

  await settings.segment('Language', 'Français').click();
  await expect(shell.heading).toHaveText('Réglages');
  await expect(app.page.locator('html')).toHaveAttribute('lang', 'fr');
  await shell.goTo('Communiqués');
  await expect(shell.heading).toHaveText('Communiqués de presse');
  await expect(app.page.getByRole('columnheader', { name: 'Dernière modification' })).toBeVisible();
  await shell.goTo('Contacts');
  await expect(shell.heading).toHaveText('Contacts médias');
  await shell.goTo('Réglages');

  await settings.segment('Langue', 'English').click();
  await expect(shell.heading).toHaveText('Settings');
  await expect(app.page.locator('html')).toHaveAttribute('lang', 'en');
  const stored = await app.readStoreFile<{ settings: { uiLanguage: string } }>('settings.json');
  expect(stored.settings.uiLanguage).toBe('en');
});

test('a value saved through the interface is in the file on disk and still shown after a reload and a restart', async ({
  app,
  shell,
}) => {
  const settings = new SettingsPage(app.page);
  await shell.goTo('Settings');
  await settings.organisationName.fill('Commission des côtes du Nord');
  await settings.saveOrganisation.click();
  await expect(shell.notifications().filter({ hasText: 'Settings saved' })).toBeVisible();

  const onDisk = await app.readStoreFile<{
    schemaVersion: number;
    settings: { organisation: { name: string } };
  }>('settings.json');
  expect(onDisk.schemaVersion).toBe(1);
  expect(onDisk.settings.organisation.name).toBe('Commission des côtes du Nord');

  await app.reload();
  await shell.goTo('Settings');
  await expect(settings.organisationName).toHaveValue('Commission des côtes du Nord');

  await app.restart();
  await shell.goTo('Settings');
  await expect(settings.organisationName).toHaveValue('Commission des côtes du Nord');
});

test('the page has no Node, no require and no IPC, only the contract’s named methods', async ({ app }) => {
  const globals = await app.page.evaluate(() => ({
    require: typeof (window as unknown as Record<string, unknown>).require,
    process: typeof (window as unknown as Record<string, unknown>).process,
    ipcRenderer: typeof (window as unknown as Record<string, unknown>).ipcRenderer,
    module: typeof (window as unknown as Record<string, unknown>).module,
    Buffer: typeof (window as unknown as Record<string, unknown>).Buffer,
    electron: typeof (window as unknown as Record<string, unknown>).electron,
  }));
  expect(globals).toEqual({
    require: 'undefined',
    process: 'undefined',
    ipcRenderer: 'undefined',
    module: 'undefined',
    Buffer: 'undefined',
    electron: 'undefined',
  });

  const api = await app.page.evaluate(() => {
    const newsroom = (window as unknown as { newsroom: Record<string, unknown> }).newsroom;
    const replaced = Reflect.set(window, 'newsroom', {});
    return {
      methods: Object.keys(newsroom).sort(),
      allFunctions: Object.values(newsroom).every((value) => typeof value === 'function'),
      frozen: Object.isFrozen(newsroom),
      replaced,
    };
  });
  // Exactly one method per request channel and per event of the contract, nothing else.
  const contract = [...Object.values(channels), ...Object.values(events)].map((entry) => entry.method).sort();
  expect(api.methods).toEqual(contract);
  expect(api.methods).toContain('queryContacts');
  expect(api.allFunctions).toBe(true);
  expect(api.frozen).toBe(true);
  expect(api.replaced).toBe(false);
});

test('menu commands from main move the interface and open the new-release dialog', async ({ app, shell }) => {
  await app.emit('menu:command', 'go-contacts');
  await expect(shell.heading).toHaveText('Media contacts');
  await app.emit('menu:command', 'go-settings');
  await expect(shell.heading).toHaveText('Settings');
  await app.emit('menu:command', 'new-release');
  await expect(shell.heading).toHaveText('Press releases');
  await expect(app.page.getByRole('dialog', { name: 'New press release' })).toBeVisible();
});

test('follows the chosen appearance, and the system’s when asked to', async ({ app, shell }) => {
  const settings = new SettingsPage(app.page);
  const html = app.page.locator('html');
  await expect(html).toHaveAttribute('data-mantine-color-scheme', 'light');
  await shell.goTo('Settings');
  await settings.segment('Appearance', 'Dark').click();
  await expect(html).toHaveAttribute('data-mantine-color-scheme', 'dark');
  await settings.segment('Appearance', 'Follow the system').click();
  await expect(html).toHaveAttribute('data-mantine-color-scheme', 'light');
  await app.page.emulateMedia({ colorScheme: 'dark' });
  await expect(html).toHaveAttribute('data-mantine-color-scheme', 'dark');
});

test('works from the keyboard alone, with the focus always visible', async ({ app, shell }) => {
  const page = app.page;
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Skip to content' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(shell.navLink('Releases')).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(shell.navLink('Contacts')).toBeFocused();
  const outline = await shell
    .navLink('Contacts')
    .evaluate((element) => getComputedStyle(element).outlineStyle);
  expect(outline).not.toBe('none');
  await page.keyboard.press('Enter');
  await expect(shell.heading).toHaveText('Media contacts');
  await expect(shell.main).toBeFocused();
});
