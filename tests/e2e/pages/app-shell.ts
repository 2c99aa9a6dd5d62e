import type { Locator, Page } from '@playwright/test';

/** The frame around every section: the navigation and the main region. */
export class AppShell {
  readonly navigation: Locator;
  readonly main: Locator;
  readonly heading: Locator;
  readonly notices: Locator;

  constructor(readonly page: Page) {
    this.navigation = page.getByRole('navigation');
    this.main = page.getByRole('main');
    this.heading = this.main.getByRole('heading', { level: 1 });
    this.notices = page.getByTestId('store-notices');
  }

  navLink(name: string | RegExp): Locator {
    return this.navigation.getByRole('button', { name });
  }

  async goTo(name: string | RegExp): Promise<void> {
    await this.navLink(name).click();
  }

  /** The text of the notification toasts on screen. */
  notifications(): Locator {
    return this.page.locator('.mantine-Notification-root');
  }
}
