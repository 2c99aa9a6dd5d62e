import { expect, test } from './fixtures';
import { DirectoryPage } from './pages/directory-page';
import { ReleasesPage } from './pages/releases-page';

test.use({ harnessOptions: { seedSample: false } });

test('an empty store invites the first release, and the invitation creates a draft that is saved', async ({
  app,
  shell,
}) => {
  const releases = new ReleasesPage(app.page);
  await expect(app.page.getByText('No press releases yet')).toBeVisible();
  await releases.createDraft('Harbour towns sign storm-warning pact');

  await expect(shell.notifications().filter({ hasText: 'Draft created' })).toBeVisible();
  // The new draft opens in the editor; the list has it too.
  await expect(app.page.getByRole('textbox', { name: 'Headline', exact: true })).toHaveValue(
    'Harbour towns sign storm-warning pact',
  );
  await app.page.getByRole('button', { name: 'Back to the releases' }).click();
  await expect(releases.rows).toHaveCount(1);
  await expect(releases.rows.first()).toContainText('Harbour towns sign storm-warning pact');
  await expect(releases.rows.first()).toContainText('Draft');

  const index = await app.readStoreFile<{ releases: Array<{ id: string; headline: string }> }>(
    'releases/index.json',
  );
  expect(index.releases).toEqual([
    expect.objectContaining({ headline: 'Harbour towns sign storm-warning pact' }),
  ]);
  const file = await app.readStoreFile<{ release: { language: string; status: string } }>(
    `releases/${index.releases[0]!.id}.json`,
  );
  expect(file.release).toMatchObject({ language: 'en', status: 'draft' });
});

test('an empty directory invites the first contact, checks the form, and saves the contact', async ({
  app,
  shell,
}) => {
  const directory = new DirectoryPage(app.page);
  await shell.goTo('Contacts');
  await expect(app.page.getByText('Your media directory is empty')).toBeVisible();
  await app.page.getByRole('button', { name: 'Add a contact' }).click();

  await directory.dialog.getByRole('button', { name: 'Add an email address' }).click();
  await directory.field('Email 1').fill('not an address');
  await directory.dialog.getByRole('button', { name: 'Add contact' }).click();
  await expect(directory.dialog.getByText('Enter a name or an organisation.')).toBeVisible();
  await expect(directory.dialog.getByText('This is not an email address.')).toBeVisible();

  await directory.field('Given name').fill('Thorbjørn');
  await directory.field('Family name').fill('Jagland');
  await directory.field('Email 1').fill('thorbjørn.jagland@example.no');
  await directory.field('Outlet or organisation').fill('Nordisk Dagblad');
  await directory.dialog.getByRole('button', { name: 'Add contact' }).click();

  await expect(shell.notifications().filter({ hasText: 'Contact added: Thorbjørn Jagland' })).toBeVisible();
  await expect(directory.rows).toHaveCount(1);
  await expect(directory.rows.first()).toContainText('thorbjørn.jagland@example.no');
  await expect(app.page.getByText('1 contact', { exact: true })).toBeVisible();
});
