import type { Locator, Page } from '@playwright/test';

export class SettingsPage {
  readonly organisationName: Locator;
  readonly website: Locator;
  readonly saveOrganisation: Locator;
  readonly dataFolder: Locator;

  constructor(readonly page: Page) {
    const main = page.getByRole('main');
    this.organisationName = main.getByLabel(/^(Name|Nom)$/);
    this.website = main.getByLabel(/^(Website|Site web)$/);
    // The organisation's form comes first; the release defaults have their own Save.
    this.saveOrganisation = main.getByRole('button', { name: /^(Save|Enregistrer)$/ }).first();
    this.dataFolder = page.getByTestId('data-folder');
  }

  /** A choice in one of the segmented controls (Language, Appearance, Paper size). */
  segment(group: string | RegExp, option: string): Locator {
    return this.page.getByRole('radiogroup', { name: group }).getByText(option, { exact: true });
  }
}
