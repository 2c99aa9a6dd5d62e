import type { Locator, Page } from '@playwright/test';

export class ContactsPage {
  readonly table: Locator;
  readonly rows: Locator;
  readonly addButton: Locator;
  readonly dialog: Locator;

  constructor(readonly page: Page) {
    const main = page.getByRole('main');
    this.table = main.getByRole('table');
    this.rows = this.table.locator('tbody tr');
    this.addButton = main.getByRole('button', { name: /Add (a )?contact|Ajouter un contact/ });
    this.dialog = page.getByRole('dialog');
  }

  field(label: string | RegExp): Locator {
    return this.dialog.getByLabel(label, { exact: false });
  }
}
