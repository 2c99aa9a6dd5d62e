import { readFile, truncate, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { NewsroomApi } from '../../electron/shared/ipc/api';
import { makeTempDir, removeTempDir } from '../support/temp-dir';
import { expect, test as base } from './fixtures';
import type { AppHarness } from './harness/app-harness';
import { ContactExportDialog, ContactImportDialog, dropFile } from './pages/contact-transfer';
import { DirectoryPage } from './pages/directory-page';

const crlf = (lines: string[]) => `${lines.join('\r\n')}\r\n`;

/**
 * A card that repeats a contact of the first-run sample (same email, another case), a new reporter,
 * and a card that cannot be read.
 */
const pressVCard = crlf([
  ...['BEGIN:VCARD', 'VERSION:3.0', 'N:Marchal;Dorothée;;;', 'FN:Dorothée Marchal'],
  ...['ORG:La Gazette du Littoral', 'EMAIL;TYPE=INTERNET:D.MARCHAL@EXAMPLE.FR'],
  ...['TEL;TYPE=CELL:+33 6 11 22 33 44', 'END:VCARD'],
  ...['BEGIN:VCARD', 'VERSION:4.0', 'N:Dubois;Inès;;;', 'FN:Inès Dubois', 'ORG:Radio Brest'],
  ...['EMAIL:ines@radio-brest.example', 'END:VCARD'],
  ...['BEGIN:VCARD', 'VERSION:3.0', 'FN:', 'END:VCARD'],
]);

/** A spreadsheet whose layout no application writes: its columns must be mapped by hand. */
const pressCsv = [
  'Person;Paper;Mail;Cell',
  'Malik Benali;Ouest Matin;malik@ouest-matin.example;+33 6 55 44 33 22',
  'Camille Roussel;Alliance for Coastal Towns;camille.roussel@example.org;',
  '',
].join('\r\n');

/** The directory and the import dialog, as each test here works with them. */
const test = base.extend<{ directory: DirectoryPage; importDialog: ContactImportDialog }>({
  directory: async ({ app }, use) => use(new DirectoryPage(app.page)),
  importDialog: async ({ app }, use) => use(new ContactImportDialog(app.page)),
});

let folder: string;
test.beforeEach(async ({ shell }) => {
  folder = await makeTempDir('newsroom-contacts-ui-');
  await shell.goTo('Contacts');
});
test.afterEach(async () => {
  await removeTempDir(folder);
});

async function writeTemp(name: string, content: string): Promise<string> {
  const path = join(folder, name);
  await writeFile(path, content);
  return path;
}

const contactCount = (app: AppHarness) => app.page.getByRole('main').getByText(/^\d+ contacts?$/);

type Api = NewsroomApi;

/** Every contact as main holds it, for comparing before and after. */
function directoryState(app: AppHarness): Promise<string> {
  return app.page.evaluate(async () => {
    const api = (window as unknown as { newsroom: Api }).newsroom;
    return JSON.stringify(
      await api.queryContacts({ limit: 500, sort: { column: 'name', direction: 'asc' } }),
    );
  });
}

test('imports a vCard from the File menu, merges the duplicate, then undoes the whole import', async ({
  app,
  shell,
  directory,
  importDialog: dialog,
}) => {
  const page = app.page;
  await shell.goTo('Releases');
  app.nextFileToOpen = await writeTemp('press.vcf', pressVCard);
  await app.emit('menu:command', 'import-contacts');

  await expect(shell.heading).toHaveText('Media contacts');
  await expect(dialog.summary).toHaveText(/1 new\s*1 duplicate\s*1 unreadable/);
  const card = dialog.duplicate('Dorothée Marchal');
  await expect(card).toContainText('In your directory');
  await expect(card).toContainText('Same email address');
  // Merging is the default; choose it explicitly, as a person checking each card would.
  await dialog.decide(card, 'Merge');
  await expect(card.getByRole('radio', { name: 'Merge' })).toBeChecked();
  await dialog.tab(/^Unreadable/).click();
  await expect(dialog.rejected).toContainText('Record 3, line');
  await expect(dialog.rejected).toContainText('It has neither a name nor an organisation.');
  await expect(dialog.root).toContainText('Adds 1, merges 1, skips 0.');
  await dialog.importButton.click();

  const imported = shell.notifications().filter({ has: page.getByTestId('contact-imported') });
  await expect(imported).toContainText('Imported press.vcf: 1 added, 1 merged, 0 skipped.');
  await expect(contactCount(app)).toHaveText('9 contacts');
  await directory.search.fill('marchal');
  await directory.row('Dorothée Marchal').click();
  await expect(directory.detail).toContainText('+33 6 11 22 33 44');
  await directory.search.fill('');
  await expect(directory.row('Inès Dubois')).toBeVisible();

  await imported.getByRole('button', { name: 'Undo the import' }).click();
  const undone = shell.notifications().filter({ has: page.getByTestId('contact-import-undone') });
  await expect(undone).toContainText('Import of press.vcf undone: 1 removed, 1 put back');
  await expect(contactCount(app)).toHaveText('8 contacts');
  await expect(directory.row('Inès Dubois')).toHaveCount(0);
  await expect(directory.detail).not.toContainText('+33 6 11 22 33 44');
});

test('imports a dropped CSV file after its columns are mapped, skipping the duplicate', async ({
  app,
  shell,
  directory,
  importDialog: dialog,
}) => {
  const page = app.page;
  await dropFile(page, page.locator('.directory-page'), 'press list.csv', pressCsv);

  await expect(dialog.root).toContainText('Newsroom does not recognise the layout of this spreadsheet');
  await expect(dialog.root).toContainText('Malik Benali · Camille Roussel');
  await expect(dialog.button('Continue')).toBeDisabled();
  await dialog.columnTarget('Person').selectOption({ label: 'Full name' });
  await dialog.columnTarget('Paper').selectOption({ label: 'Outlet or organisation' });
  await dialog.columnTarget('Mail').selectOption({ label: 'Email (work)' });
  await dialog.columnTarget('Cell').selectOption({ label: 'Mobile' });
  await dialog.button('Continue').click();

  await expect(dialog.summary).toHaveText(/1 new\s*1 duplicate\s*0 unreadable/);
  await expect(dialog.preview).toContainText('Columns read as you mapped them.');
  await dialog.decide(dialog.duplicate('Camille Roussel'), 'Skip');
  await expect(dialog.duplicate('Camille Roussel').getByRole('radio', { name: 'Skip' })).toBeChecked();
  await expect(dialog.root).toContainText('Adds 1, merges 0, skips 1.');
  await dialog.importButton.click();

  await expect(shell.notifications().filter({ has: page.getByTestId('contact-imported') })).toContainText(
    'Imported press list.csv: 1 added, 0 merged, 1 skipped.',
  );
  await expect(contactCount(app)).toHaveText('9 contacts');
  await directory.search.fill('benali');
  await directory.row('Malik Benali').click();
  await expect(directory.detail).toContainText('malik@ouest-matin.example');
  await expect(directory.detail).toContainText('+33 6 55 44 33 22');
  await directory.search.fill('roussel');
  await expect(directory.rows).toHaveCount(1);
});

test('exports a distribution list to CSV and ticked contacts to vCard 3.0', async ({
  app,
  shell,
  directory,
}) => {
  const page = app.page;
  const exportDialog = new ContactExportDialog(page);
  await page.evaluate(async () => {
    const api = (window as unknown as { newsroom: Api }).newsroom;
    const list = await api.createContactList({ name: 'Coast desk: print/TV' });
    const contacts = await api.queryContacts({ text: 'marchal', limit: 5 });
    const more = await api.queryContacts({ text: 'aasland', limit: 5 });
    if (!list.ok || !contacts.ok || !more.ok) throw new Error('Could not set up the list');
    const ids = [...contacts.value.items, ...more.value.items].map((contact) => contact.id);
    await api.addToContactList({ listId: list.value.id, contactIds: ids });
  });
  await app.reload();
  await shell.goTo('Contacts');

  const target = join(folder, 'coast.csv');
  app.nextSavePath = target;
  await page.getByRole('main').getByRole('button', { name: 'Export…' }).click();
  await exportDialog.choice(/^A distribution list/).check();
  await exportDialog.select('Distribution list').selectOption({ label: 'Coast desk: print/TV (2)' });
  await exportDialog.choice(/^CSV spreadsheet/).check();
  await exportDialog.exportButton().click();

  const exported = shell.notifications().filter({ has: page.getByTestId('contacts-exported') });
  await expect(exported).toContainText('Exported 2 contacts to coast.csv.');
  expect(app.saveDialogs).toEqual([
    {
      purpose: 'contacts-export',
      defaultName: expect.stringMatching(/^Coast desk- print-TV \d{4}-\d{2}-\d{2}\.csv$/),
    },
  ]);
  const csv = await readFile(target, 'utf8');
  expect(csv.startsWith('\uFEFFGiven name,Family name,Role,Organisation,')).toBe(true);
  const rows = csv.trimEnd().split('\r\n');
  expect(rows).toHaveLength(3);
  expect(rows[1]).toMatch(/^Dorothée,Marchal,.*,La Gazette du Littoral,.*d\.marchal@example\.fr/);
  expect(rows[2]).toMatch(/^Thorbjørn,Aasland,/);
  await exported.getByRole('button', { name: 'Open' }).click();
  expect(app.openedPaths).toEqual([target]);

  await page.getByRole('checkbox', { name: 'Tick Søren Ægidius' }).check();
  // From the keyboard: the selected row is ticked with Space.
  await directory.row('Jürgen Müller').click();
  await directory.rowsRegion.press(' ');
  await expect(page.getByRole('checkbox', { name: 'Tick Jürgen Müller' })).toBeChecked();
  const bar = page.getByRole('region', { name: '2 contacts ticked' });
  await bar.getByRole('button', { name: 'Export…' }).click();
  await expect(exportDialog.choice('The 2 ticked contacts')).toBeChecked();
  await exportDialog.choice(/^vCard 3\.0/).check();
  const cards = join(folder, 'ticked.vcf');
  app.nextSavePath = cards;
  await exportDialog.exportButton().click();
  await expect(shell.notifications().filter({ hasText: 'ticked.vcf' })).toContainText(
    'Exported 2 contacts to ticked.vcf.',
  );
  const vcf = await readFile(cards, 'utf8');
  expect(vcf.match(/^VERSION:3\.0\r$/gm)).toHaveLength(2);
  expect(vcf).toContain('FN:Jürgen Müller');
  expect(vcf).toContain('FN:Søren Ægidius');
  await bar.getByRole('button', { name: 'Untick all' }).click();
  await expect(bar).toBeHidden();
  await expect(directory.rows.first()).toBeVisible();
});

test('a file over 50 MB or a file that is not contacts gets a clear message and changes nothing', async ({
  app,
  shell,
  importDialog: dialog,
}) => {
  const page = app.page;
  const before = await directoryState(app);

  const huge = await writeTemp('everyone.vcf', '');
  await truncate(huge, 51 * 1024 * 1024);
  app.nextFileToOpen = huge;
  await page.getByRole('main').getByRole('button', { name: 'Import…' }).click();
  await expect(dialog.refusal).toContainText('This file cannot be imported');
  await expect(dialog.refusal).toContainText(
    'everyone.vcf is 51.0 MB; files over 50 MB cannot be imported. Split it into smaller files.',
  );
  await expect(dialog.refusal).toContainText('Nothing was added to the directory.');
  await dialog.button('Close').click();

  // Dropped, a file that big is refused before its bytes are even read.
  await dropFile(page, page.locator('.directory-page'), 'everyone.csv', 51 * 1024 * 1024);
  await expect(dialog.refusal).toContainText('everyone.csv is 51.0 MB');
  await dialog.button('Close').click();

  await dropFile(page, page.locator('.directory-page'), 'notes.vcf', 'BEGIN:VCARD\nthis is not a card\n');
  await expect(dialog.preview).toContainText('Nothing in this file can be imported');
  await expect(dialog.summary).toHaveText(/0 new\s*0 duplicates\s*1 unreadable/);
  await expect(dialog.rejected).toContainText('Record 1');
  await expect(dialog.importButton).toBeDisabled();
  await dialog.button('Cancel').click();
  await expect(dialog.root).toBeHidden();

  await expect(contactCount(app)).toHaveText('8 contacts');
  expect(await directoryState(app)).toBe(before);
  // Refusals are said in the dialog, not as errors.
  expect(await shell.notifications().count()).toBe(0);
  expect(app.pageErrors).toEqual([]);
});
