import { expect, type FrameLocator, type Locator, type Page } from '@playwright/test';

/** The release editor: its fields, the body, the checks, the history and the live preview. */
export class ReleaseEditor {
  readonly main: Locator;
  readonly saveStatus: Locator;
  readonly checks: Locator;
  readonly body: Locator;
  readonly preview: FrameLocator;
  readonly previewPanel: Locator;

  constructor(readonly page: Page) {
    this.main = page.getByRole('main');
    this.saveStatus = page.getByTestId('save-status');
    this.checks = page.getByTestId('release-checks');
    this.body = page.getByRole('textbox', { name: /^(Text of the release|Texte du communiqué)$/ });
    this.previewPanel = page.getByTestId('release-preview');
    this.preview = page.frameLocator('iframe[title]');
  }

  field(label: string | RegExp): Locator {
    return this.main.getByLabel(label, { exact: typeof label === 'string' });
  }

  button(name: string | RegExp): Locator {
    return this.page.getByRole('button', { name });
  }

  /** Waits until everything typed is on disk. */
  async waitUntilSaved(): Promise<void> {
    await expect(this.saveStatus).toHaveAttribute('data-status', 'saved');
  }

  /** The text of the preview's pages. */
  previewText(): Locator {
    return this.preview.locator('#pages');
  }

  check(code: string): Locator {
    return this.checks.locator(`[data-check="${code}"]`);
  }
}
