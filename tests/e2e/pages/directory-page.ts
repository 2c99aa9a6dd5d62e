import type { Locator, Page } from '@playwright/test';

/** The media directory: search, filters, the virtualised rows and the detail pane. */
export class DirectoryPage {
  readonly search: Locator;
  readonly rows: Locator;
  readonly rowsRegion: Locator;
  readonly detail: Locator;
  readonly addButton: Locator;
  readonly dialog: Locator;

  constructor(readonly page: Page) {
    const main = page.getByRole('main');
    this.search = main.getByRole('searchbox', { name: /Search the directory|Rechercher dans l’annuaire/ });
    this.rowsRegion = page.getByTestId('directory-rows');
    this.rows = this.rowsRegion.getByRole('row');
    this.detail = main.getByRole('complementary');
    this.addButton = main.getByRole('button', { name: /^(Add contact|Add a contact|Ajouter un contact)$/ });
    this.dialog = page.getByRole('dialog');
  }

  row(name: string | RegExp): Locator {
    return this.rows.filter({ hasText: name });
  }

  /** The names in the rows currently rendered, top to bottom. */
  async visibleNames(): Promise<string[]> {
    return this.rowsRegion.locator('.directory-name').allInnerTexts();
  }

  filter(label: string | RegExp): Locator {
    return this.page.getByRole('main').getByRole('combobox', { name: label });
  }

  field(label: string | RegExp): Locator {
    return this.dialog.getByRole('textbox', { name: label, exact: typeof label === 'string' });
  }
}
