/** What every page carries around the flow, read from the article's data attributes. */
export interface PageChrome {
  /** Reference and short headline, for pages 2 onward; null when the release has neither. */
  readonly runningHeader: string | null;
  /** "Page {page} of {pages}" in the release's language. */
  readonly pageLabel: string;
  /** "-more-" in the release's language. */
  readonly moreLabel: string;
}

/** One sheet: a box of the paper's size, with its running header, its flow and its foot. */
export interface PageFrame {
  readonly page: HTMLElement;
  readonly flow: HTMLElement;
  readonly footer: HTMLElement;
}

export function pageChromeOf(article: HTMLElement): PageChrome {
  return {
    runningHeader: article.dataset['runningHeader'] ?? null,
    pageLabel: article.dataset['pageLabel'] ?? 'Page {page} of {pages}',
    moreLabel: article.dataset['moreLabel'] ?? '-more-',
  };
}

function paragraph(className: string, text: string): HTMLElement {
  const element = document.createElement('p');
  element.className = className;
  element.textContent = text;
  return element;
}

/**
 * An empty page numbered `pageNumber`. Header and foot have fixed heights in page.css, so the flow
 * is as tall on every page from 2 onward whatever their text, and the foot of the last page can
 * lose its "-more-" without moving anything.
 */
export function createPage(pageNumber: number, chrome: PageChrome): PageFrame {
  const page = document.createElement('section');
  page.className = 'page';
  page.dataset['pageNumber'] = String(pageNumber);
  if (pageNumber > 1 && chrome.runningHeader) {
    const header = document.createElement('header');
    header.className = 'page-header';
    header.append(paragraph('page-running-header', chrome.runningHeader));
    page.append(header);
  }
  const flow = document.createElement('div');
  flow.className = 'page-flow';
  const footer = document.createElement('footer');
  footer.className = 'page-footer';
  footer.append(paragraph('page-more', chrome.moreLabel), paragraph('page-number', ''));
  page.append(flow, footer);
  return { page, flow, footer };
}

/** Writes "Page k of N" on every page and takes "-more-" off the last one. */
export function finishPages(pages: readonly PageFrame[], chrome: PageChrome): void {
  pages.forEach(({ footer }, index) => {
    const number = footer.querySelector('.page-number');
    if (number) {
      number.textContent = chrome.pageLabel
        .replace('{page}', String(index + 1))
        .replace('{pages}', String(pages.length));
    }
    if (index === pages.length - 1) footer.querySelector('.page-more')?.remove();
  });
}
