import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test } from './fixtures';
import { ReleaseEditor } from './pages/release-editor';
import { ReleasesPage } from './pages/releases-page';

test.describe('writing a release from an empty newsroom', () => {
  test.use({ harnessOptions: { seedSample: false } });

  test('fills every field, the preview follows, and everything is there after a reload', async ({
    app,
    shell,
  }) => {
    const page = app.page;
    const releases = new ReleasesPage(page);
    const editor = new ReleaseEditor(page);
    await releases.createDraft('Harbour towns sign storm-warning pact');
    await expect(editor.previewText()).toContainText('Harbour towns sign storm-warning pact');

    await editor.field('Reference number').fill('ACT 7(2026)');
    await editor.field('Subheadline').fill('Forty towns, one alert network');
    await editor.field('Dateline place').fill('Bergen');
    await editor.field('Dateline date').fill('2026-11-12');
    await editor.body.click();
    await page.keyboard.press('Control+A');
    await page.keyboard.type('The towns agreed today on a shared alert network. ');
    await page.keyboard.press('Control+B');
    await page.keyboard.type('It starts in spring.');
    await page.keyboard.press('Control+B');
    await page.keyboard.press('Enter');
    await page.keyboard.type('"Storms do not stop at borders," said the mayor.');
    await page.getByRole('button', { name: 'Add a link' }).click();
    await editor.field('Link 1 text').fill('The project');
    await editor.field('Link 1 address').fill('https://www.example.org/project');
    await page.getByRole('button', { name: 'Add a note' }).click();
    await editor.field('Note 1').fill('The forum takes place from 8 to 10 December.');
    // A second note, written by mistake and removed: the first stays as it was.
    await page.getByRole('button', { name: 'Add a note' }).click();
    await editor.field('Note 2').fill('A note that should not be here.');
    await page.getByRole('button', { name: 'Remove note 2' }).click();
    await expect(editor.field('Note 2')).toHaveCount(0);
    await editor
      .field('Other contact details')
      .fill('Press office\nTel: +33 2 98 00 41 00\npress@example.org');
    await page.getByRole('switch', { name: 'Write a text for this release only' }).check();
    await editor.field('About the organisation').fill('The Alliance brings together 212 harbour towns.');
    await editor.field('Tags').fill('climate');
    await editor.field('Tags').press('Enter');

    const preview = editor.previewText();
    await expect(preview).toContainText('ACT 7(2026)');
    await expect(preview).toContainText('Forty towns, one alert network');
    await expect(preview).toContainText('Bergen, 12 November 2026');
    await expect(preview).toContainText('It starts in spring.');
    await expect(preview.locator('strong')).toHaveText('It starts in spring.');
    await expect(preview).toContainText('The project');
    await expect(preview).toContainText('The forum takes place from 8 to 10 December.');
    await expect(preview).toContainText('press@example.org');
    await expect(preview).toContainText('The Alliance brings together 212 harbour towns.');
    await expect(preview).toContainText('ENDS');
    await expect(page.getByTestId('body-counts')).toContainText('words');
    await editor.waitUntilSaved();

    await app.reload();
    await page.getByRole('button', { name: 'Harbour towns sign storm-warning pact', exact: true }).click();
    await expect(editor.field('Reference number')).toHaveValue('ACT 7(2026)');
    await expect(editor.field('Subheadline')).toHaveValue('Forty towns, one alert network');
    await expect(editor.field('Dateline place')).toHaveValue('Bergen');
    await expect(editor.body).toContainText(
      'The towns agreed today on a shared alert network. It starts in spring.',
    );
    await expect(editor.body.locator('strong')).toHaveText('It starts in spring.');
    await expect(editor.field('Link 1 address')).toHaveValue('https://www.example.org/project');
    await expect(editor.field('Note 1')).toHaveValue('The forum takes place from 8 to 10 December.');
    await expect(editor.field('Other contact details')).toHaveValue(
      'Press office\nTel: +33 2 98 00 41 00\npress@example.org',
    );
    await expect(editor.field('About the organisation')).toHaveValue(
      'The Alliance brings together 212 harbour towns.',
    );
    await expect(editor.previewText()).toContainText('Bergen, 12 November 2026');
    await expect(shell.heading).toContainText('Harbour towns sign storm-warning pact');
  });

  test('saves typed text when the app quits straight after the last keystroke', async ({ app }) => {
    const releases = new ReleasesPage(app.page);
    const editor = new ReleaseEditor(app.page);
    await releases.createDraft('Quitting test');
    await editor.field('Subheadline').fill('Typed a moment before quitting');
    await app.emit('app:quitting', null);
    await expect.poll(() => app.readyToQuitCalls).toBe(1);
    const index = await app.readStoreFile<{ releases: Array<{ id: string }> }>('releases/index.json');
    const file = await app.readStoreFile<{ release: { subheadline: string } }>(
      `releases/${index.releases[0]!.id}.json`,
    );
    expect(file.release.subheadline).toBe('Typed a moment before quitting');
  });
});

test.describe('the release editor', () => {
  test.beforeEach(async ({ app }) => {
    await app.page.getByRole('button', { name: /^Coastal towns and Nordlys/ }).click();
    await expect(new ReleaseEditor(app.page).previewText()).toContainText('Coastal towns');
  });

  test('shows an embargo in another time zone in the preview, in the release’s language', async ({ app }) => {
    const editor = new ReleaseEditor(app.page);
    await app.page.getByRole('radiogroup', { name: 'Release' }).getByText('Under embargo').click();
    await editor.field('Embargo date').fill('2027-03-29');
    await editor.field('Embargo time').fill('10:00');
    await editor.field('Time zone').fill('America/New_York');
    await app.page.getByRole('option', { name: 'America/New_York' }).click();
    await expect(editor.previewText()).toContainText('Embargoed until 10:00 EDT, 29 March 2027');
    await expect(editor.check('embargo-past')).toHaveCount(0);

    await editor.field('Language').click();
    await app.page.getByRole('option', { name: 'French' }).click();
    await expect(editor.previewText()).toContainText('Sous embargo jusqu’au 29 mars 2027, 10 h 00');
    await expect(editor.previewText()).toContainText('COMMUNIQUÉ DE PRESSE');
  });

  test('shows each check, and clears it when fixed', async ({ app }) => {
    const page = app.page;
    const editor = new ReleaseEditor(page);
    await expect(editor.checks).toContainText('nothing to fix');

    await editor.field('Headline').fill('x'.repeat(130));
    await expect(editor.check('headline-too-long')).toContainText('130 characters');
    await editor.field('Headline').fill('Coastal towns agree storm-surge warnings');
    await expect(editor.check('headline-too-long')).toHaveCount(0);

    await editor.field('Dateline place').fill('');
    await expect(editor.check('no-dateline')).toBeVisible();
    await editor.check('no-dateline').getByRole('button', { name: 'Go to the field' }).click();
    await expect(editor.field('Dateline place')).toBeFocused();
    await page.keyboard.type('Bergen');
    await expect(editor.check('no-dateline')).toHaveCount(0);

    await editor.field('Link 1 address').fill('http://www.example.org/plain');
    await expect(editor.check('unsafe-link')).toContainText('http://www.example.org/plain');
    await editor.field('Link 1 address').fill('https://www.example.org/plain');
    await expect(editor.check('unsafe-link')).toHaveCount(0);

    await editor.body.click();
    await page.keyboard.press('End');
    await page.keyboard.type(' Under embargo until Friday.');
    await expect(editor.check('immediate-with-embargo-note')).toBeVisible();
    await page.keyboard.press('Control+Z');
    await expect(editor.check('immediate-with-embargo-note')).toHaveCount(0);

    await page.getByRole('radiogroup', { name: 'Release' }).getByText('Under embargo').click();
    await editor.field('Embargo date').fill('2020-01-01');
    await expect(editor.check('embargo-past')).toBeVisible();
    await editor.field('Embargo date').fill('2099-03-29');
    await expect(editor.check('embargo-past')).toHaveCount(0);
    await editor.field('Time zone').fill('Europe/Oslo');
    await page.getByRole('option', { name: 'Europe/Oslo' }).click();
    await editor.field('Embargo time').fill('02:30');
    await expect(editor.check('embargo-time-does-not-exist')).toBeVisible();
    await editor.field('Embargo time').fill('03:30');
    await expect(editor.check('embargo-time-does-not-exist')).toHaveCount(0);

    const contacts = page.getByRole('textbox', { name: 'Find a contact' });
    await contacts.fill('aegidius');
    await page.getByRole('option', { name: /Søren Ægidius/ }).click();
    await expect(editor.check('do-not-contact')).toContainText('Søren Ægidius asked not to be contacted');
    await page.getByRole('button', { name: 'Remove Søren Ægidius' }).click();
    await expect(editor.check('do-not-contact')).toHaveCount(0);
    await page.getByRole('button', { name: 'Remove Camille Roussel' }).click();
    await editor.field('Other contact details').fill('');
    await expect(editor.check('no-press-contact')).toBeVisible();
    await editor.field('Other contact details').fill('Press office, +33 2 98 00 41 00');
    await expect(editor.check('no-press-contact')).toHaveCount(0);
    await expect(editor.checks).toContainText('nothing to fix');
  });

  test('creates the French version, linked and marked out of date when the original changes', async ({
    app,
    shell,
  }) => {
    const page = app.page;
    const editor = new ReleaseEditor(page);
    // The sample already has a French version: make a German one, in the same way.
    await page.getByRole('button', { name: '2 language versions' }).click();
    await page.getByRole('menuitem', { name: 'Create the German version' }).click();
    await expect(editor.field('Language')).toHaveValue('German');
    await expect(editor.previewText()).toContainText('PRESSEMITTEILUNG');
    await expect(editor.previewText()).toContainText('ACT 042(2026)');
    await expect(editor.field('Headline')).toHaveValue(
      'Coastal towns and Nordlys Energy agree partnership on storm-surge warnings',
    );
    await editor.field('Headline').fill('Küstenstädte und Nordlys Energy vereinbaren Partnerschaft');
    await editor.waitUntilSaved();

    await page.getByRole('button', { name: '3 language versions' }).click();
    await page.getByRole('menuitem', { name: 'English' }).click();
    await expect(editor.field('Language')).toHaveValue('English');
    await editor.field('Subheadline').fill('Forty harbour towns, one alert network');
    await editor.waitUntilSaved();
    await page.getByRole('button', { name: '3 language versions' }).click();
    await expect(page.getByRole('menuitem', { name: /German/ })).toContainText('Out of date');
    await page.getByRole('menuitem', { name: /German/ }).click();
    await page.getByRole('button', { name: '3 language versions' }).click();
    await page.getByRole('menuitem', { name: 'Mark this translation as up to date' }).click();
    await page.getByRole('button', { name: '3 language versions' }).click();
    await expect(page.getByRole('menuitem', { name: /German/ })).not.toContainText('Out of date');
    await page.keyboard.press('Escape');
    await shell.goTo('Releases');
    await expect(page.getByRole('table')).toContainText(
      'Küstenstädte und Nordlys Energy vereinbaren Partnerschaft',
    );
  });

  test('restores an earlier revision, and the restore itself can be undone', async ({ app }) => {
    const page = app.page;
    const editor = new ReleaseEditor(page);
    await editor.field('Headline').fill('First rewrite of the headline');
    await editor.waitUntilSaved();
    await editor.field('Status').click();
    await page.getByRole('option', { name: 'In review' }).click();
    await editor.waitUntilSaved();
    await editor.field('Headline').fill('Second rewrite of the headline');
    await editor.waitUntilSaved();

    await page.getByRole('button', { name: 'History' }).click();
    const history = page.getByRole('dialog', { name: 'History' });
    await history.getByRole('listitem').filter({ hasText: 'Status: In review' }).click();
    const diff = page.getByTestId('revision-diff');
    await expect(diff).toContainText('Headline');
    await expect(diff.locator('del')).toContainText(['First']);
    await expect(diff.locator('ins')).toContainText(['Second']);
    await diff.getByRole('button', { name: 'Restore this version' }).click();
    await expect(editor.field('Headline')).toHaveValue('First rewrite of the headline');
    await expect(editor.previewText()).toContainText('First rewrite of the headline');

    await history.getByRole('listitem').filter({ hasText: 'Before a restore' }).first().click();
    await diff.getByRole('button', { name: 'Restore this version' }).click();
    await expect(editor.field('Headline')).toHaveValue('Second rewrite of the headline');
  });
});

test.describe('the release list', () => {
  test('finds releases by text without accents, filters, duplicates, archives, and deletes with undo', async ({
    app,
    shell,
  }) => {
    const page = app.page;
    const table = page.getByRole('main').getByRole('table');
    const search = page.getByRole('searchbox', { name: 'Search the releases' });
    await search.fill('cotieres');
    await expect(table.locator('tbody tr')).toHaveCount(1);
    await expect(table).toContainText('Les villes côtières');
    await search.fill('ACT 042');
    await expect(table.locator('tbody tr')).toHaveCount(2);
    await search.fill('');

    await page.getByRole('combobox', { name: 'Language' }).click();
    await page.getByRole('option', { name: 'French' }).click();
    await page.keyboard.press('Escape');
    await expect(table.locator('tbody tr')).toHaveCount(1);
    await page.getByRole('combobox', { name: 'Language' }).focus();
    await page.keyboard.press('Backspace');
    await expect(table.locator('tbody tr')).toHaveCount(2);

    const english = /^Coastal towns and Nordlys/;
    await page.getByRole('button', { name: /^Actions for Coastal towns/ }).click();
    await page.getByRole('menuitem', { name: 'Duplicate' }).click();
    await expect(new ReleaseEditor(page).field('Reference number')).toHaveValue('');
    await shell.goTo('Releases');
    await expect(table.locator('tbody tr')).toHaveCount(3);

    await page.getByRole('button', { name: /^Actions for Les villes/ }).click();
    await page.getByRole('menuitem', { name: 'Archive' }).click();
    await expect(table.locator('tbody tr')).toHaveCount(2);
    await page.getByRole('switch', { name: 'Archived releases' }).check();
    await expect(table.locator('tbody tr')).toHaveCount(1);
    await page.getByRole('switch', { name: 'Archived releases' }).uncheck();

    await page
      .getByRole('button', { name: /^Actions for Coastal towns/ })
      .first()
      .click();
    await page.getByRole('menuitem', { name: 'Delete' }).click();
    await expect(table.locator('tbody tr')).toHaveCount(1);
    await shell.notifications().getByRole('button', { name: 'Undo' }).click();
    await expect(table.locator('tbody tr')).toHaveCount(2);
    await expect(table.getByRole('button', { name: english }).first()).toBeVisible();
  });
});

test.describe('importing a release', () => {
  test('from File > Import release…: shows what was found, then creates a draft with it', async ({ app }) => {
    const page = app.page;
    app.nextFileToOpen = join(import.meta.dirname, '../fixtures/releases/harbourview.docx');
    await app.emit('menu:command', 'import-release');
    const dialog = page.getByRole('dialog', { name: 'Import harbourview.docx' });
    await expect(dialog.getByRole('textbox', { name: 'Headline', exact: true })).toHaveValue(
      'Harbourview Civic Archive opens its restored reading room to the public',
    );
    await expect(dialog.getByRole('textbox', { name: 'Reference number' })).toHaveValue('HCA 42(2026)');
    await expect(dialog.getByRole('textbox', { name: 'Dateline place' })).toHaveValue('Harbourview');
    await expect(dialog.getByTestId('import-recognised')).toContainText('Dateline');
    await dialog.getByRole('textbox', { name: 'Subheadline' }).fill('Corrected before saving');
    await dialog.getByRole('button', { name: 'Create the draft' }).click();

    const editor = new ReleaseEditor(page);
    await expect(editor.field('Subheadline')).toHaveValue('Corrected before saving');
    await expect(editor.body.locator('strong').first()).toHaveText('restored reading room');
    await expect(editor.previewText()).toContainText('HCA 42(2026)');
  });

  test('a dropped web page with hostile parts: they are listed as left out and nothing of them arrives', async ({
    app,
  }) => {
    const page = app.page;
    const html = await readFile(join(import.meta.dirname, '../fixtures/releases/harbourview.html'));
    const drop = await page.evaluateHandle(
      ([text]) => {
        const transfer = new DataTransfer();
        transfer.items.add(new File([text], 'harbourview.html', { type: 'text/html' }));
        return transfer;
      },
      [html.toString('utf8')] as const,
    );
    await page.locator('.release-list').dispatchEvent('drop', { dataTransfer: drop });
    const dialog = page.getByRole('dialog', { name: 'Import harbourview.html' });
    await expect(dialog.getByTestId('import-warnings')).toContainText('Scripts removed: 2');
    await dialog.getByRole('button', { name: 'Create the draft' }).click();
    const editor = new ReleaseEditor(page);
    await expect(editor.previewText()).toContainText('Harbourview');
    expect(
      await editor
        .previewText()
        .locator('script, iframe, img:not(.release-logo), [onclick], [onerror]')
        .count(),
    ).toBe(0);
  });

  test('refuses a file it cannot read, and says why', async ({ app }) => {
    app.nextFileToOpen = join(import.meta.dirname, '../../resources/icon.png');
    await app.emit('menu:command', 'import-release');
    await expect(app.page.getByTestId('import-refused')).toContainText('“.png” is not one of them');
  });
});
