import { join } from 'node:path';
import { expect, test } from './fixtures';
import { ReleaseEditor } from './pages/release-editor';

const icon = join(import.meta.dirname, '../../resources/icon.png');

test('sets the letterhead logo, the reference pattern, the default contacts and the boilerplate of each language', async ({
  app,
  shell,
}) => {
  const page = app.page;
  await shell.goTo('Settings');

  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Choose a logo…' }).click();
  await (await chooser).setFiles(icon);
  await expect(page.getByRole('img', { name: 'The organisation’s logo' })).toBeVisible();
  const stored = await app.readStoreFile<{ settings: { logo: { file: string } } }>('settings.json');
  expect(stored.settings.logo.file).toBe('logo.png');

  const pattern = page.getByRole('textbox', { name: 'Reference number pattern' });
  await pattern.fill('PR-{yy}/{nnn}');
  await expect(page.getByTestId('reference-example')).toContainText(
    `PR-${String(new Date().getFullYear()).slice(-2)}/001`,
  );
  await page.getByRole('tab', { name: 'German' }).click();
  await page
    .getByRole('textbox', { name: 'About the organisation, in German' })
    .fill('Die Allianz vereint 212 Küstenstädte.');
  await page.getByRole('button', { name: 'Save' }).last().click();
  await expect(shell.notifications().filter({ hasText: 'Settings saved' })).toBeVisible();

  await page.getByRole('button', { name: 'Remove Camille Roussel' }).click();
  await expect(page.getByRole('button', { name: 'Remove Camille Roussel' })).toHaveCount(0);

  const settings = await app.readStoreFile<{
    settings: {
      referencePattern: string;
      boilerplate: Record<string, string>;
      defaultPressContactIds: string[];
    };
  }>('settings.json');
  expect(settings.settings.referencePattern).toBe('PR-{yy}/{nnn}');
  expect(settings.settings.boilerplate.de).toBe('Die Allianz vereint 212 Küstenstädte.');
  expect(settings.settings.defaultPressContactIds).toEqual([]);

  // A new German release uses all of it: the logo, the German boilerplate, the pattern, no default contact.
  await shell.goTo('Releases');
  await page.getByRole('button', { name: 'New release' }).click();
  await page.getByRole('dialog').getByLabel('Headline').fill('Neue Mitteilung');
  await page.getByRole('dialog').getByRole('combobox', { name: 'Language of the release' }).click();
  await page.getByRole('option', { name: 'German' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Create draft' }).click();
  const editor = new ReleaseEditor(page);
  await expect(editor.previewText()).toContainText('Die Allianz vereint 212 Küstenstädte.');
  await expect(editor.preview.locator('img.release-logo')).toBeVisible();
  await expect(editor.check('no-press-contact')).toBeVisible();
  await page.getByRole('button', { name: 'Give the next number' }).click();
  await expect(editor.field('Reference number')).toHaveValue(
    `PR-${String(new Date().getFullYear()).slice(-2)}/001`,
  );
});
