import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { injectEnospc, type InjectedDiskFull } from '../support/inject-enospc';
import { expect, test } from './fixtures';
import { ReleaseEditor } from './pages/release-editor';

let disk: InjectedDiskFull | null = null;
test.afterEach(() => {
  disk?.restore();
  disk = null;
});

test('a full disk keeps what is typed, says so until it is saved, and saves it once there is room', async ({
  app,
}) => {
  const page = app.page;
  await page.getByRole('button', { name: /^Coastal towns and Nordlys/ }).click();
  const editor = new ReleaseEditor(page);
  await editor.waitUntilSaved();
  const { releases } = await app.readStoreFile<{ releases: Array<{ id: string; language: string }> }>(
    'releases/index.json',
  );
  const releaseFile = join(app.dataDir, 'releases', `${releases.find((r) => r.language === 'en')!.id}.json`);
  const before = await readFile(releaseFile, 'utf8');

  disk = await injectEnospc();
  disk.setFull(true);
  await editor.field('Subheadline').fill('Typed while the disk was full');
  await expect(editor.saveStatus).toHaveAttribute('data-status', 'failed');
  const problem = page.getByTestId('save-problem');
  await expect(problem).toContainText('Newsroom cannot save to disk');
  await expect(problem).toContainText('The disk is full.');
  expect(await readFile(releaseFile, 'utf8')).toBe(before);

  disk.setFull(false);
  // Nothing more is typed: the retries alone save it.
  await expect(editor.saveStatus).toHaveAttribute('data-status', 'saved', { timeout: 15_000 });
  await expect(problem).toBeHidden({ timeout: 15_000 });
  expect(await readFile(releaseFile, 'utf8')).toContain('Typed while the disk was full');
});
