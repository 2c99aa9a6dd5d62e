import type { Locator, Page } from '@playwright/test';

/** The contact import dialog: reading, the column mapping and the preview with its decisions. */
export class ContactImportDialog {
  readonly root: Locator;
  readonly preview: Locator;
  readonly summary: Locator;
  readonly duplicates: Locator;
  readonly rejected: Locator;
  readonly refusal: Locator;
  readonly importButton: Locator;

  constructor(readonly page: Page) {
    this.root = page.getByRole('dialog');
    this.preview = page.getByTestId('contact-import-preview');
    this.summary = this.preview.getByRole('status', { name: 'What the file holds' });
    this.duplicates = page.getByTestId('contact-import-duplicates');
    this.rejected = page.getByTestId('contact-import-rejected');
    this.refusal = page.getByTestId('contact-import-refused');
    this.importButton = this.root.getByRole('button', { name: 'Import', exact: true });
  }

  tab(name: RegExp): Locator {
    return this.root.getByRole('tab', { name });
  }

  /** The card of one duplicate, by the name of the record in the file. */
  duplicate(name: string): Locator {
    return this.duplicates.getByRole('region', { name: `Duplicate: ${name}` });
  }

  /** The select that maps a column of the file. */
  columnTarget(header: string): Locator {
    return this.root.getByRole('combobox', { name: `Import column ${header} as` });
  }

  button(name: string): Locator {
    return this.root.getByRole('button', { name, exact: true });
  }

  /**
   * Chooses merge, keep both or skip on a duplicate's card (or on "For every duplicate"), by its
   * label: the radio buttons themselves are drawn as a segmented control.
   */
  async decide(card: Locator, decision: 'Merge' | 'Keep both' | 'Skip'): Promise<void> {
    await card.locator('label', { hasText: decision }).click();
  }
}

/** The export dialog: which contacts, which format. */
export class ContactExportDialog {
  readonly root: Locator;

  constructor(readonly page: Page) {
    this.root = page.getByRole('dialog', { name: 'Export contacts' });
  }

  choice(name: string | RegExp): Locator {
    return this.root.getByRole('radio', { name });
  }

  select(label: string): Locator {
    return this.root.getByRole('combobox', { name: label });
  }

  exportButton(): Locator {
    return this.root.getByRole('button', { name: 'Export…' });
  }
}

/**
 * Drops a file on the directory as the person would from their file manager: the page receives
 * the drag and drop events with the file in their data transfer.
 */
export async function dropFile(
  page: Page,
  target: Locator,
  name: string,
  content: string | number,
): Promise<void> {
  const dataTransfer = await page.evaluateHandle(
    ([fileName, data]) => {
      const transfer = new DataTransfer();
      // A number stands for that many bytes of nothing: a file too big to read.
      const parts = typeof data === 'number' ? [new Uint8Array(data)] : [data];
      transfer.items.add(new File(parts, fileName));
      return transfer;
    },
    [name, content] as const,
  );
  await target.dispatchEvent('dragover', { dataTransfer });
  await target.dispatchEvent('drop', { dataTransfer });
}
