import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { makeTempDir, removeTempDir } from '../support/temp-dir';
import { expect, test } from './fixtures';
import type { AppHarness } from './harness/app-harness';
import { ReleaseEditor } from './pages/release-editor';
import { pageText, pdfInfo } from './pdf/poppler';

const ENGLISH_HEADLINE = 'Coastal towns and Nordlys Energy agree partnership on storm-surge warnings';
const FRENCH_HEADLINE =
  'Les villes côtières et Nordlys Energy concluent un partenariat sur l’alerte aux submersions';

let folder: string;
test.beforeEach(async () => {
  folder = await makeTempDir('newsroom-pdf-ui-');
});
test.afterEach(async () => {
  await removeTempDir(folder);
});

async function openRelease(app: AppHarness, headline: string): Promise<ReleaseEditor> {
  await app.page.getByRole('button', { name: headline, exact: true }).click();
  const editor = new ReleaseEditor(app.page);
  await expect(editor.field('Headline')).toHaveValue(headline);
  return editor;
}

test('exports the open release through the save dialog, then opens it or shows it in its folder', async ({
  app,
  shell,
}) => {
  const editor = await openRelease(app, ENGLISH_HEADLINE);
  // Typed just before exporting: the PDF is the release as it is on screen, not as last autosaved.
  await editor.field('Subheadline').fill('Forty towns, one alert network');
  const target = join(folder, 'storm-warnings.pdf');
  app.nextSavePath = target;
  await editor.button('Export PDF…').click();

  const exported = shell.notifications().filter({ has: app.page.getByTestId('pdf-exported') });
  await expect(exported).toContainText('Exported storm-warnings.pdf (1 page).');
  expect(app.saveDialogs).toEqual([
    { purpose: 'pdf', defaultName: expect.stringMatching(/^ACT 042\(2026\) EN Coastal towns.*\.pdf$/) },
  ]);
  expect(pdfInfo(target)).toMatchObject({ Title: ENGLISH_HEADLINE, Tagged: 'yes', Pages: '1' });
  expect(pageText(target, 1)).toContain('Forty towns, one alert network');

  await exported.getByRole('button', { name: 'Show in folder' }).click();
  expect(app.shownInFolder).toEqual([target]);
  await editor.button('Export PDF…').click();
  await shell.notifications().getByRole('button', { name: 'Open' }).first().click();
  expect(app.openedPaths).toEqual([target]);
});

test('Cancel in the save dialog exports nothing; the menu shortcut exports the open release', async ({
  app,
  shell,
}) => {
  await openRelease(app, FRENCH_HEADLINE);
  app.nextSavePath = null;
  await app.emit('menu:command', 'export-pdf');
  await expect.poll(() => app.saveDialogs.length).toBe(1);
  expect(app.saveDialogs[0]?.defaultName).toMatch(/^ACT 042\(2026\) FR Les villes.*\.pdf$/);
  expect(await readdir(folder)).toEqual([]);

  const target = join(folder, 'communique.pdf');
  app.nextSavePath = target;
  await app.emit('menu:command', 'export-pdf');
  await expect(shell.notifications()).toContainText('Exported communique.pdf (1 page).');
  expect(pdfInfo(target)).toMatchObject({ Title: FRENCH_HEADLINE });
  // The release's language, not the interface's: the French label, the French end mark.
  expect(pageText(target, 1)).toMatch(/COMMUNIQUÉ DE PRESSE[\s\S]*Fin/);
});

test('exports the releases ticked in the list to a folder, with a summary', async ({ app, shell }) => {
  const page = app.page;
  await page.getByRole('checkbox', { name: `Select ${ENGLISH_HEADLINE}` }).check();
  await page.getByRole('checkbox', { name: `Select ${FRENCH_HEADLINE}` }).check();
  await expect(page.getByRole('region', { name: '2 selected' })).toBeVisible();
  app.nextFolderToChoose = folder;
  await page.getByRole('button', { name: 'Export as PDF…' }).click();

  const summary = page.getByTestId('pdf-batch-summary');
  await expect(summary).toContainText(`2 releases exported to ${folder}.`);
  const files = (await readdir(folder)).sort();
  expect(files).toHaveLength(2);
  for (const file of files) expect((await stat(join(folder, file))).size).toBeGreaterThan(10_000);
  expect(new Set(files.map((file) => pdfInfo(join(folder, file)).Title))).toEqual(
    new Set([ENGLISH_HEADLINE, FRENCH_HEADLINE]),
  );

  await summary.getByRole('button', { name: 'Open folder' }).click();
  expect(app.openedPaths).toEqual([folder]);
  await summary.getByRole('button', { name: 'Close' }).click();
  await expect(summary).toBeHidden();
  // The ticked releases stay ticked, for another export; the header box clears them all.
  await page.getByRole('checkbox', { name: 'Select every release shown' }).uncheck();
  await expect(page.getByRole('region', { name: /selected/ })).toBeHidden();
  expect(await shell.notifications().count()).toBe(0);
});

test('a batch names each release it could not write and why', async ({ app }) => {
  const page = app.page;
  await page.getByRole('checkbox', { name: 'Select every release shown' }).check();
  // A folder that is not there: every write fails, and the batch still goes through every release.
  app.nextFolderToChoose = join(folder, 'gone');
  await page.getByRole('button', { name: 'Export as PDF…' }).click();

  const summary = page.getByTestId('pdf-batch-summary');
  await expect(summary).toContainText('0 releases exported');
  await expect(summary).toContainText('2 releases could not be exported:');
  await expect(summary.getByRole('listitem')).toHaveText([
    /: the file could not be written/,
    /: the file could not be written/,
  ]);
  await expect(summary.getByRole('button', { name: 'Open folder' })).toHaveCount(0);
});

test('Cancel stops a long batch after the release being printed, and says what was left', async ({ app }) => {
  const page = app.page;
  await page.evaluate(async () => {
    const { newsroom } = window as unknown as {
      newsroom: { createRelease: (input: { headline: string; language: string }) => Promise<unknown> };
    };
    for (let index = 1; index <= 40; index += 1) {
      await newsroom.createRelease({ headline: `Storm bulletin ${index}`, language: 'en' });
    }
  });
  await app.reload();
  await page.getByRole('checkbox', { name: 'Select every release shown' }).check();
  await expect(page.getByRole('region', { name: '42 selected' })).toBeVisible();
  app.nextFolderToChoose = folder;
  await page.getByRole('button', { name: 'Export as PDF…' }).click();

  const dialog = page.getByRole('dialog', { name: 'Export to PDF' });
  await expect(dialog.getByRole('status')).toContainText(/^[1-9]\d* of 42 exported$/);
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  const summary = page.getByTestId('pdf-batch-summary');
  await expect(summary).toContainText(/Cancelled: \d+ releases? (was|were) not exported\./);
  const exported = (await readdir(folder)).length;
  expect(exported).toBeGreaterThan(0);
  expect(exported).toBeLessThan(42);
  await expect(summary).toContainText(`${exported} release${exported === 1 ? '' : 's'} exported to`);
});

test('the export shortcut with nothing open or ticked says what to do', async ({ app, shell }) => {
  await app.emit('menu:command', 'export-pdf');
  await expect(shell.notifications()).toContainText(
    'Open a release, or select releases in the list, to export them as PDF.',
  );
  expect(app.saveDialogs).toEqual([]);
});
