import type { PageSize } from './page-size';

export interface PrintRenderOptions {
  /** The paper: the page boxes on screen and the sheet size of the PDF. */
  pageSize: PageSize;
}

export interface PrintRenderResult {
  /** How many pages the release fills. */
  pages: number;
}

/**
 * What print.html exposes to whoever embeds it (the editor's live preview) or drives it (the PDF
 * export): it prints release HTML made by core's `renderReleaseHtml`.
 */
export interface NewsroomPrint {
  /**
   * Sanitises `articleHtml`, lays it out on pages of `options.pageSize`, and resolves once the
   * pages are final (fonts loaded, pages numbered). Calls are handled one after the other, so the
   * last call's release is the one left on the page.
   */
  render(articleHtml: string, options: PrintRenderOptions): Promise<PrintRenderResult>;
}

declare global {
  interface Window {
    /** Defined by print.html only. */
    newsroomPrint?: NewsroomPrint;
  }
}
