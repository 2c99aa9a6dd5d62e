import type { Page } from '@playwright/test';
import { HARNESS_ORIGIN } from '../harness/app-harness';

export type PaperSize = 'A4' | 'Letter';

/** What the print page exposes; the same shape as renderer/src/print/print-api.ts. */
interface NewsroomPrintWindow {
  newsroomPrint: {
    render(html: string, options: { pageSize: PaperSize }): Promise<{ pages: number }>;
  };
  printViolations: string[];
}

/** One page of the layout as the tests check it. */
export interface LaidOutPage {
  width: number;
  height: number;
  runningHeader: string | null;
  more: string | null;
  pageNumber: string;
  /** The text of the release body on this page, block by block. */
  bodyText: string;
  /** Tag and class of the last block in the flow, and whether it must be kept with the next one. */
  lastBlock: { tag: string; className: string; keepsWithNext: boolean } | null;
  /** Whether every block of the flow ends above the page's foot. */
  contentInside: boolean;
}

/** The print page (renderer/print.html) under the app's CSP, and what it laid out. */
export class PrintPage {
  constructor(readonly page: Page) {}

  /** Collects CSP violations from before the page's own scripts run. */
  static async open(page: Page): Promise<PrintPage> {
    await page.addInitScript(() => {
      const target = window as unknown as { printViolations: string[] };
      target.printViolations = [];
      document.addEventListener('securitypolicyviolation', (event) =>
        target.printViolations.push(`${event.violatedDirective} ${event.blockedURI}`),
      );
    });
    await page.goto(`${HARNESS_ORIGIN}/print.html`);
    await page.waitForSelector('html[data-print-state]');
    return new PrintPage(page);
  }

  render(html: string, pageSize: PaperSize): Promise<number> {
    return this.page.evaluate(
      async ([source, size]) =>
        (await (window as unknown as NewsroomPrintWindow).newsroomPrint.render(source, { pageSize: size }))
          .pages,
      [html, pageSize] as const,
    );
  }

  /** Medians are what the report quotes: the first call also loads the fonts. */
  timeRenders(html: string, pageSize: PaperSize, runs: number): Promise<number[]> {
    return this.page.evaluate(
      async ([source, size, count]) => {
        const times: number[] = [];
        for (let run = 0; run < count; run += 1) {
          const start = performance.now();
          await (window as unknown as NewsroomPrintWindow).newsroomPrint.render(source, { pageSize: size });
          times.push(performance.now() - start);
        }
        return times;
      },
      [html, pageSize, runs] as const,
    );
  }

  /** "directive blocked-URI" of each CSP violation the page reported. */
  violations(): Promise<string[]> {
    return this.page.evaluate(() => (window as unknown as NewsroomPrintWindow).printViolations);
  }

  /** Forgets the violations caused on purpose, so that the fixture checks only the rest. */
  async forgetViolations(): Promise<void> {
    await this.page.evaluate(() => (window as unknown as NewsroomPrintWindow).printViolations.splice(0));
  }

  laidOutPages(): Promise<LaidOutPage[]> {
    return this.page.evaluate(() =>
      Array.from(document.querySelectorAll<HTMLElement>('.page')).map((page) => {
        const box = page.getBoundingClientRect();
        const flow = page.querySelector<HTMLElement>('.page-flow');
        let last = flow?.lastElementChild ?? null;
        while (last?.matches('.release-body, section:not([data-keep-together]), ul, ol')) {
          last = last.lastElementChild;
        }
        const footer = page.querySelector('.page-footer')?.getBoundingClientRect();
        const blocks = Array.from(flow?.querySelectorAll<HTMLElement>(':scope > *') ?? []);
        return {
          width: box.width,
          height: box.height,
          runningHeader: page.querySelector('.page-running-header')?.textContent ?? null,
          more: page.querySelector('.page-more')?.textContent ?? null,
          pageNumber: page.querySelector('.page-number')?.textContent ?? '',
          bodyText: Array.from(page.querySelectorAll<HTMLElement>('.release-body'))
            .map((body) => body.innerText)
            .join('\n'),
          lastBlock: last && {
            tag: last.tagName,
            className: last.className,
            keepsWithNext: /^H[1-6]$/.test(last.tagName) || last.hasAttribute('data-keep-with-next'),
          },
          contentInside: blocks.every(
            (block) => !footer || block.getBoundingClientRect().bottom <= footer.top + 0.5,
          ),
        };
      }),
    );
  }
}
