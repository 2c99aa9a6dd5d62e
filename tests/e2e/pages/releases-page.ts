import type { Locator, Page } from '@playwright/test';

export class ReleasesPage {
  readonly table: Locator;
  readonly rows: Locator;
  readonly newReleaseButton: Locator;
  readonly dialog: Locator;

  constructor(readonly page: Page) {
    const main = page.getByRole('main');
    this.table = main.getByRole('table');
    this.rows = this.table.locator('tbody tr');
    this.newReleaseButton = main.getByRole('button', {
      name: /New release|Write a release|Nouveau communiqué|Rédiger un communiqué/,
    });
    this.dialog = page.getByRole('dialog');
  }

  async createDraft(headline: string): Promise<void> {
    await this.newReleaseButton.click();
    await this.dialog.getByLabel(/Headline|Titre/).fill(headline);
    await this.dialog.getByRole('button', { name: /Create draft|Créer le brouillon/ }).click();
  }
}
