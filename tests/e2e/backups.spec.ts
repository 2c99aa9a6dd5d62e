import { mkdtemp, readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from './fixtures';
import { SettingsPage } from './pages/settings-page';

test('restores the backup taken at start, and undoes the restore', async ({ app, shell }) => {
  const page = app.page;
  const settings = new SettingsPage(page);
  await shell.goTo('Settings');
  await settings.organisationName.fill('Renamed after the backup');
  await settings.saveOrganisation.click();
  await expect(shell.notifications().filter({ hasText: 'Settings saved' })).toBeVisible();

  const backups = page.getByTestId('backups');
  await expect(backups.getByRole('row').filter({ hasText: 'At start' })).toHaveCount(1);
  await backups
    .getByRole('row')
    .filter({ hasText: 'At start' })
    .getByRole('button', { name: /^Restore the backup/ })
    .click();
  await page
    .getByRole('dialog', { name: 'Restore a backup' })
    .getByRole('button', { name: 'Restore' })
    .click();
  await expect(settings.organisationName).toHaveValue('Alliance for Coastal Towns');
  expect(
    (await app.readStoreFile<{ settings: { organisation: { name: string } } }>('settings.json')).settings
      .organisation.name,
  ).toBe('Alliance for Coastal Towns');
  await expect(backups.getByRole('row').filter({ hasText: 'Before a restore' })).toHaveCount(1);

  await shell.notifications().getByRole('button', { name: 'Undo' }).click();
  await expect(settings.organisationName).toHaveValue('Renamed after the backup');
  // Everything else came back too: the releases are all there.
  await shell.goTo('Releases');
  await expect(page.getByRole('main').getByRole('table').locator('tbody tr')).toHaveCount(2);
});

test('backs up to a folder the person chooses', async ({ app, shell }) => {
  const folder = await mkdtemp(join(tmpdir(), 'newsroom-backup-target-'));
  app.nextFolderToChoose = folder;
  await shell.goTo('Settings');
  await app.page.getByRole('button', { name: 'Back up to a folder…' }).click();
  await expect(shell.notifications().filter({ hasText: 'Backup saved' })).toContainText(folder);
  const [archive] = await readdir(folder);
  expect(archive).toMatch(/^Newsroom backup \d{4}-\d{2}-\d{2} \d{4}\.tar$/);
});
