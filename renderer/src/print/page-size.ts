import type { Settings } from '@shared/schemas/settings';

export type PageSize = Settings['pageSize'];

/**
 * Classes on <html> that pick the paper: they size the page boxes and, through a named @page in
 * page.css, the printed sheet. (@page cannot be scoped by class, but `page: a4` can.)
 */
const PAPER_CLASSES = { A4: 'paper-a4', Letter: 'paper-letter' } satisfies Record<PageSize, string>;

export function isPageSize(value: unknown): value is PageSize {
  return value === 'A4' || value === 'Letter';
}

/** Sets the paper of the document: both the boxes on screen and the PDF's page size. */
export function applyPageSize(root: HTMLElement, pageSize: PageSize): void {
  for (const [size, className] of Object.entries(PAPER_CLASSES)) {
    root.classList.toggle(className, size === pageSize);
  }
}
