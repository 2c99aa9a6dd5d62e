import { loadPrintFonts } from './fonts';
import { paginate } from './paginate';
import { applyPageSize, isPageSize } from './page-size';
import type { PrintRenderOptions, PrintRenderResult } from './print-api';
import { sanitizeArticle } from './sanitize-article';

function pagesContainer(): HTMLElement {
  const existing = document.getElementById('pages');
  if (existing) return existing;
  const created = document.createElement('main');
  created.id = 'pages';
  created.className = 'pages';
  document.body.append(created);
  return created;
}

/** All the text the pages will show, so that the fonts load every subset it needs. */
function textToPrint(article: HTMLElement): string {
  const { runningHeader = '', pageLabel = '', moreLabel = '' } = article.dataset;
  return `${article.textContent ?? ''} ${runningHeader} ${pageLabel} ${moreLabel} 0123456789`;
}

async function renderNow(articleHtml: string, options: PrintRenderOptions): Promise<PrintRenderResult> {
  if (!isPageSize(options.pageSize)) throw new TypeError(`Unknown page size: ${String(options.pageSize)}`);
  const article = sanitizeArticle(articleHtml);
  await loadPrintFonts(textToPrint(article));
  // From here on nothing awaits: the old pages stay on screen until the new ones replace them in
  // one go, so the live preview never flashes empty.
  const root = document.documentElement;
  applyPageSize(root, options.pageSize);
  root.lang = article.lang || root.lang;
  document.title = article.querySelector('h1')?.textContent?.trim() || document.title;
  const container = pagesContainer();
  container.replaceChildren();
  container.lang = root.lang;
  const pages = paginate(article, container);
  root.dataset['printState'] = 'rendered';
  return { pages };
}

let previous: Promise<unknown> = Promise.resolve();

/** Renders releases one after the other, so that a slow render cannot overwrite a later one. */
export function renderPrint(articleHtml: string, options: PrintRenderOptions): Promise<PrintRenderResult> {
  const next = previous.then(() => renderNow(articleHtml, options));
  previous = next.catch(() => undefined);
  return next;
}
