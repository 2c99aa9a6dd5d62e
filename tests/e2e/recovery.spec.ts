import { mkdir, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test } from './fixtures';

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
