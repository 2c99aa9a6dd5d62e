import { flowPieces, freezeListNumbers, keepsWithNext, type FlowPiece } from './flow-pieces';
import { PageBuilder } from './page-builder';
import { createPage, finishPages, pageChromeOf, type PageFrame } from './page-frame';
import { splitBlock } from './split-block';

/**
 * The organisation's address line goes in the foot of the last page, where "-more-" would be on
 * the others: it costs the flow no height, so it never pushes a one-page release onto two.
 */
const LAST_FOOT_BLOCK = ':scope > .release-footer';

/** The height of the flow of a page from 2 onward, measured on a page that is then thrown away. */
function fullFlowHeight(container: HTMLElement, frame: PageFrame): number {
  container.append(frame.page);
  const height = frame.flow.getBoundingClientRect().height;
  frame.page.remove();
  return height;
}

/**
 * Lays the blocks of `article` out on fixed-size pages appended to `container`, and returns how
 * many. Blocks go on a page while they fit. One that does not moves to the next page whole, with
 * the headings just before it; it is split at a word boundary only when it is taller than a page
 * of its own (at least two lines before the break), or when it is alone on a page and still does
 * not fit (forced, so that pagination always moves on). Then each page gets "Page X of Y", all
 * but the last "-more-", and the last the organisation's address line.
 */
export function paginate(article: HTMLElement, container: HTMLElement): number {
  const chrome = pageChromeOf(article);
  const lastFootBlock = article.querySelector(LAST_FOOT_BLOCK);
  lastFootBlock?.remove();
  freezeListNumbers(article);
  const queue: FlowPiece[] = flowPieces(article);
  const ownPageHeight = fullFlowHeight(container, createPage(2, chrome));
  const frames: PageFrame[] = [];
  let page: PageBuilder | null = null;

  const startPage = (): PageBuilder => {
    const frame = createPage(frames.length + 1, chrome);
    container.append(frame.page);
    frames.push(frame);
    return new PageBuilder(frame);
  };
  const splitInto = (piece: FlowPiece, limit: number, minLinesBefore: number): boolean => {
    const rest = splitBlock(piece.element, limit, { minLinesBefore });
    if (rest) queue.unshift({ element: rest, containers: piece.containers });
    return rest !== null;
  };

  for (let piece = queue.shift(); piece; piece = queue.shift()) {
    page ??= startPage();
    page.place(piece);
    if (page.fits(piece.element)) continue;
    if (page.count === 1) {
      splitInto(piece, page.limit, 0);
    } else {
      const tail = page.movableTail(keepsWithNext);
      // Break inside the block when no page could hold it whole, or when only headings precede it
      // (moving them all would leave the page empty, keeping them would end it on a heading).
      const tallerThanAPage = piece.element.getBoundingClientRect().height > ownPageHeight;
      const broken = (tallerThanAPage || tail === null) && splitInto(piece, page.limit, 2);
      if (!broken) queue.unshift(...page.takeBack(tail ?? 1));
    }
    page = null;
  }

  finishPages(frames, chrome);
  if (lastFootBlock) frames[frames.length - 1]?.footer.prepend(lastFootBlock);
  return frames.length;
}
