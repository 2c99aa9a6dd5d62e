import { expect, test } from './fixtures';
import { DirectoryPage } from './pages/directory-page';

test.describe('the media directory', () => {
  test.beforeEach(async ({ shell }) => {
    await shell.goTo('Contacts');
  });

  test('creates a contact, finds it without accents, by typo and by phone, edits, filters, lists and deletes it', async ({
    app,
    shell,
  }) => {
    const directory = new DirectoryPage(app.page);
    await directory.addButton.click();
    await directory.field('Given name').fill('Thorbjørn');
    await directory.field('Family name').fill('Jagland');
    await directory.field('Outlet or organisation').fill('Council Observer');
    await directory.dialog.getByRole('button', { name: 'Add an email address' }).click();
    await directory.field('Email 1').fill('thorbjørn.jagland@example.no');
    await directory.dialog.getByRole('button', { name: 'Add a phone number' }).click();
    await directory.field('Phone 1').fill('+33 (0)3 88 41 25 60');
    await directory.dialog.getByRole('combobox', { name: 'Beats' }).fill('human rights');
    await directory.dialog.getByRole('combobox', { name: 'Beats' }).press('Enter');
    await directory.dialog.getByRole('button', { name: 'Add contact' }).click();
    await expect(shell.notifications().filter({ hasText: 'Contact added: Thorbjørn Jagland' })).toBeVisible();
    await expect(directory.detail.getByRole('heading', { name: 'Thorbjørn Jagland' })).toBeVisible();

    for (const query of ['jagland', 'thorbjorn jag', 'jaglnd', '+33 3 88 41']) {
      await directory.search.fill(query);
      await expect(directory.rows).toHaveCount(1);
      await expect(directory.rows.first()).toContainText('Thorbjørn Jagland');
    }

    await directory.row('Thorbjørn Jagland').click();
    await directory.detail.getByRole('button', { name: 'Edit' }).click();
    await directory.field('City').fill('Strasbourg');
    await directory.dialog.getByRole('button', { name: 'Save contact' }).click();
    await expect(directory.detail).toContainText('Strasbourg');

    await directory.search.fill('');
    await directory.filter('Beat').click();
    await app.page.getByRole('option', { name: /human rights/ }).click();
    await app.page.keyboard.press('Escape');
    await expect(directory.rows).toHaveCount(1);

    await app.page.getByRole('button', { name: 'Lists' }).click();
    await app.page.getByRole('dialog').getByRole('textbox', { name: 'New list' }).fill('Strasbourg press');
    await app.page.getByRole('dialog').getByRole('button', { name: 'Create list' }).click();
    await expect(app.page.getByRole('dialog')).toContainText('Strasbourg press');
    await app.page.keyboard.press('Escape');
    await directory.detail.getByRole('button', { name: 'Add to a list' }).click();
    await app.page.getByRole('menuitem', { name: 'Strasbourg press' }).click();
    await expect(directory.detail.getByText('Strasbourg press')).toBeVisible();
    await app.page.getByRole('button', { name: 'Clear filters' }).click();
    await directory.filter('List').click();
    await app.page.getByRole('option', { name: /Strasbourg press/ }).click();
    await app.page.keyboard.press('Escape');
    await expect(directory.rows).toHaveCount(1);
    await app.page.getByRole('button', { name: 'Clear filters' }).click();
    await expect(directory.rows).toHaveCount(9);

    await directory.detail.getByRole('button', { name: 'Delete' }).click();
    await expect(directory.rows).toHaveCount(8);
    await shell.notifications().getByRole('button', { name: 'Undo' }).click();
    await expect(directory.rows).toHaveCount(9);
    await expect(directory.detail.getByText('Strasbourg press')).toBeVisible();
  });

  test('warns of a duplicate email and lets the person open the existing contact', async ({ app }) => {
    const directory = new DirectoryPage(app.page);
    await directory.addButton.click();
    await directory.field('Family name').fill('Marchal');
    await directory.dialog.getByRole('button', { name: 'Add an email address' }).click();
    await directory.field('Email 1').fill('D.Marchal@example.fr');
    const warning = app.page.getByTestId('duplicate-warning');
    await expect(warning).toContainText('Dorothée Marchal');
    await expect(directory.dialog.getByRole('button', { name: 'Add anyway' })).toBeVisible();
    await warning.getByRole('button', { name: 'Open' }).click();
    await expect(directory.dialog).toBeHidden();
    await expect(directory.detail.getByRole('heading', { name: 'Dorothée Marchal' })).toBeVisible();
  });

  test('works from the keyboard: search, move through rows, delete and undo', async ({ app, shell }) => {
    const directory = new DirectoryPage(app.page);
    await directory.search.focus();
    await app.page.keyboard.type('brest');
    await expect(directory.rows).toHaveCount(2);
    await directory.rowsRegion.focus();
    await app.page.keyboard.press('ArrowDown');
    await expect(directory.rows.first()).toHaveAttribute('aria-selected', 'true');
    await app.page.keyboard.press('ArrowDown');
    await expect(directory.rows.nth(1)).toHaveAttribute('aria-selected', 'true');
    const name = await directory.detail.getByRole('heading', { level: 2 }).innerText();
    await app.page.keyboard.press('Delete');
    await expect(directory.rows).toHaveCount(1);
    await expect(shell.notifications().filter({ hasText: `Deleted ${name}` })).toBeVisible();
  });
});

test.describe('the quick lookup', () => {
  test('opens from anywhere with Ctrl+K and works with the keyboard alone', async ({ app, shell }) => {
    const page = app.page;
    await shell.goTo('Settings');
    await page.keyboard.press('Control+K');
    const lookup = page.getByRole('dialog', { name: 'Quick lookup' });
    await expect(lookup).toBeVisible();
    await page.keyboard.type('dorothee');
    await expect(lookup.getByRole('option')).toHaveCount(1);
    await page.keyboard.press('Alt+E');
    await expect.poll(() => app.clipboard.at(-1)).toBe('d.marchal@example.fr');
    await page.keyboard.press('Alt+B');
    await expect
      .poll(() => app.clipboard.at(-1))
      .toBe(
        'Dorothée Marchal, Journaliste, rubrique environnement, La Gazette du Littoral, tel. +33 2 98 33 12 40, d.marchal@example.fr',
      );
    await page.keyboard.press('Alt+M');
    await expect.poll(() => app.openedExternally.at(-1)).toBe('mailto:d.marchal@example.fr');

    await page.keyboard.press('Control+A');
    await page.keyboard.type('muller');
    await expect(lookup.getByRole('option').first()).toContainText('Jürgen Müller');
    await page.keyboard.press('Enter');
    await expect(lookup).toBeHidden();
    await expect(shell.heading).toHaveText('Media contacts');
    await expect(
      page.getByRole('complementary').getByRole('heading', { name: 'Jürgen Müller' }),
    ).toBeVisible();
  });
});
