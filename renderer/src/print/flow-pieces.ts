/**
 * The release as the paginator sees it: a list of leaf blocks, each with the containers it sits in
 * (the body, a section, a list). Pages break only between leaves, or inside one leaf when it does
 * not fit on a page of its own; containers are re-opened as empty copies on the next page.
 */
export interface FlowPiece {
  readonly element: HTMLElement;
  /** Outermost first, as in the source article. */
  readonly containers: readonly HTMLElement[];
}

/** What a page may break inside of: the blocks whose children are the units of the flow. */
const CONTAINER_SELECTOR = '.release-body, section:not([data-keep-together]), ul, ol';

/** A block that must not be the last thing on a page: headings, and what the HTML marks so. */
export function keepsWithNext(element: HTMLElement): boolean {
  return /^H[1-6]$/.test(element.tagName) || element.hasAttribute('data-keep-with-next');
}

/** The leaves of `root` in reading order. Stray text directly in a container becomes a paragraph. */
export function flowPieces(root: HTMLElement): FlowPiece[] {
  const pieces: FlowPiece[] = [];
  const walk = (parent: HTMLElement, containers: readonly HTMLElement[]) => {
    for (const node of Array.from(parent.childNodes)) {
      if (node instanceof HTMLElement) {
        if (node.matches(CONTAINER_SELECTOR)) walk(node, [...containers, node]);
        else pieces.push({ element: node, containers });
      } else if (node.nodeType === Node.TEXT_NODE && node.textContent?.trim()) {
        const paragraph = document.createElement('p');
        paragraph.append(node);
        pieces.push({ element: paragraph, containers });
      }
    }
  };
  walk(root, []);
  return pieces;
}

/**
 * Numbers every item of an ordered list explicitly, so that a list continued on the next page, or
 * an item split across two, keeps its numbers.
 */
export function freezeListNumbers(root: HTMLElement): void {
  for (const list of Array.from(root.querySelectorAll('ol'))) {
    const items = Array.from(list.children).filter((child) => child instanceof HTMLLIElement);
    items.forEach((item, index) => {
      item.value = list.start + index;
    });
  }
}
