import type { FlowPiece } from './flow-pieces';
import type { PageFrame } from './page-frame';

/** Layout rounds to fractions of a pixel: a block that ends a hair past the flow still fits. */
const TOLERANCE_PX = 0.5;

/** A container of the source article and its empty copy on this page. */
interface OpenContainer {
  readonly source: HTMLElement;
  readonly copy: HTMLElement;
}

/**
 * Fills one page's flow with pieces, re-opening on this page the containers (body, section, list)
 * the pieces sit in, and says whether what it holds still fits.
 */
export class PageBuilder {
  /** Where the flow ends, in viewport coordinates: nothing may reach below it. */
  readonly limit: number;
  private readonly placed: FlowPiece[] = [];
  private readonly open: OpenContainer[] = [];
  private readonly copies: HTMLElement[] = [];

  constructor(readonly frame: PageFrame) {
    this.limit = frame.flow.getBoundingClientRect().bottom;
  }

  get count(): number {
    return this.placed.length;
  }

  /** Appends `piece` after what the page holds, inside copies of its containers. */
  place(piece: FlowPiece): void {
    const first = this.placed.length === 0;
    let shared = 0;
    while (shared < this.open.length && this.open[shared]?.source === piece.containers[shared]) shared += 1;
    this.open.splice(shared);
    for (const source of piece.containers.slice(shared)) {
      const copy = source.cloneNode(false);
      if (!(copy instanceof HTMLElement)) continue;
      // Space above the first block of a page is the page margin's job.
      copy.classList.toggle('page-top', first);
      this.parentForNext().append(copy);
      this.open.push({ source, copy });
      this.copies.push(copy);
    }
    piece.element.classList.toggle('page-top', first);
    this.parentForNext().append(piece.element);
    this.placed.push(piece);
  }

  private parentForNext(): HTMLElement {
    return this.open[this.open.length - 1]?.copy ?? this.frame.flow;
  }

  /** Whether `element`, placed on this page, ends above the foot of the flow. */
  fits(element: HTMLElement): boolean {
    return element.getBoundingClientRect().bottom <= this.limit + TOLERANCE_PX;
  }

  /**
   * How many pieces must leave the page for the last one to move: it and the pieces before it
   * that may not end a page (headings). Null when that would be everything the page holds.
   */
  movableTail(keepsWithNext: (element: HTMLElement) => boolean): number | null {
    const before = this.placed.slice(0, -1);
    const lastFree = before.findLastIndex((piece) => !keepsWithNext(piece.element));
    return lastFree === -1 ? null : this.placed.length - lastFree - 1;
  }

  /** Takes the last `count` pieces off the page and returns them in order. */
  takeBack(count: number): FlowPiece[] {
    const taken = this.placed.splice(this.placed.length - count);
    for (const piece of taken) piece.element.remove();
    // Containers emptied by the move would leave their margins behind.
    for (const copy of [...this.copies].reverse()) {
      if (copy.childElementCount === 0) copy.remove();
    }
    return taken;
  }
}
