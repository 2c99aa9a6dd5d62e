import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createBackup } from '../../electron/core/backup/create-backup';
import { openTestStore } from '../support/open-test-store';
import { expect, test } from './fixtures';
import { SettingsPage } from './pages/settings-page';

test.describe('starting over a damaged store', () => {
  test.use({
    harnessOptions: {
      prepareDataDir: async (dataDir) => {
        await mkdir(join(dataDir, 'releases'), { recursive: true });
        await writeFile(join(dataDir, 'settings.json'), Buffer.alloc(2048, 0));
      },
    },
  });

  test('says what was repaired and where the bad file was kept, and still works', async ({ app, shell }) => {
    await expect(shell.notices).toContainText('Newsroom repaired its data');
    await expect(shell.notices).toContainText(join(app.dataDir, 'settings.json'));
    const [kept] = await readdir(join(app.dataDir, 'quarantine'));
    await expect(shell.notices).toContainText(kept!);

    await shell.notices.getByRole('button', { name: 'Dismiss' }).click();
    await expect(shell.notices).toBeHidden();
    await shell.goTo('Settings');
    await expect(shell.heading).toHaveText('Settings');
  });
});

test.describe('starting over a damaged store that a backup can repair', () => {
  test.use({
    harnessOptions: {
      seedSample: false,
      prepareDataDir: async (dataDir) => {
        // Yesterday's work, backed up; then the settings file is wiped by a crash.
        const store = await openTestStore(dataDir);
        await store.settings.update({
          organisation: { ...store.settings.get().organisation, name: 'Harbour Press Office' },
        });
        await store.whenIdle();
        await createBackup(dataDir, { reason: 'interval' });
        await store.close();
        await writeFile(join(dataDir, 'settings.json'), Buffer.alloc(4096, 0));
      },
    },
  });

  test('puts back the copy from the backup, says so, and keeps the bad file', async ({ app, shell }) => {
    await expect(shell.notices).toContainText(
      `A damaged file could not be read: ${join(app.dataDir, 'settings.json')}`,
    );
    await expect(shell.notices).toContainText(/its copy from the backup of .+ was put back/);
    const [kept] = await readdir(join(app.dataDir, 'quarantine'));
    await expect(shell.notices).toContainText(kept!);
    expect(await readFile(join(app.dataDir, 'quarantine', kept!))).toEqual(Buffer.alloc(4096, 0));

    await shell.goTo('Settings');
    await expect(new SettingsPage(app.page).organisationName).toHaveValue('Harbour Press Office');
  });
});
