import { expect, test } from './fixtures';
import { ContactsPage } from './pages/contacts-page';
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
  const contacts = new ContactsPage(app.page);
  await shell.goTo('Contacts');
  await expect(app.page.getByText('Your media directory is empty')).toBeVisible();
  await contacts.addButton.click();

  await contacts.field('Given name').fill('Thorbjørn');
  await contacts.field('Email').fill('not an address');
  await contacts.dialog.getByRole('button', { name: 'Add contact' }).click();
  await expect(contacts.dialog.getByText('Enter a family name.')).toBeVisible();
  await expect(contacts.dialog.getByText('This is not an email address.')).toBeVisible();

  await contacts.field('Family name').fill('Jagland');
  await contacts.field('Email').fill('thorbjørn.jagland@example.no');
  await contacts.field('Phone').first().fill('+33 3 88 41 25 60');
  await contacts.field('Outlet or organisation').fill('Nordisk Dagblad');
  await contacts.dialog.getByRole('button', { name: 'Add contact' }).click();

  await expect(shell.notifications().filter({ hasText: 'Contact added: Thorbjørn Jagland' })).toBeVisible();
  await expect(contacts.rows).toHaveCount(1);
  await expect(contacts.rows.first()).toContainText('thorbjørn.jagland@example.no');
  await expect(app.page.getByText('1 contact', { exact: true })).toBeVisible();
});
