/** A place in the text of a block, just before the first letter of a word. */
interface WordStart {
  readonly node: Text;
  readonly offset: number;
}

/** Elements that sit inside a line: entering one does not start a new word. */
const INLINE_TAGS = new Set(['A', 'B', 'EM', 'I', 'S', 'SMALL', 'SPAN', 'STRONG', 'SUB', 'SUP', 'U']);

/** Every word start of `block` in reading order, across inline elements, line breaks and paragraphs. */
function wordStarts(block: HTMLElement): WordStart[] {
  const starts: WordStart[] = [];
  const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT | NodeFilter.SHOW_ELEMENT);
  let afterSpace = true;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (!(node instanceof Text)) {
      if (!(node instanceof Element && INLINE_TAGS.has(node.tagName))) afterSpace = true;
      continue;
    }
    for (const match of node.data.matchAll(/\S+/g)) {
      if (match.index > 0 || afterSpace) starts.push({ node, offset: match.index });
    }
    afterSpace = /\s$/.test(node.data) || (node.data === '' && afterSpace);
  }
  return starts;
}

/** Measures where the lines of a block are, without changing it. */
class LineGauge {
  private readonly range = document.createRange();
  private readonly lineHeights = new Map<Element, number>();

  /** The first letter's glyph box: its vertical middle is the middle of its line. */
  private glyph({ node, offset }: WordStart): DOMRect {
    this.range.setStart(node, offset);
    this.range.setEnd(node, offset + 1);
    return this.range.getBoundingClientRect();
  }

  private lineHeight(node: Text): number {
    const parent = node.parentElement;
    if (!parent) return 0;
    let height = this.lineHeights.get(parent);
    if (height === undefined) {
      const style = getComputedStyle(parent);
      height = parseFloat(style.lineHeight) || parseFloat(style.fontSize) * 1.2;
      this.lineHeights.set(parent, height);
    }
    return height;
  }

  /** The bottom of the line box the word sits on (the glyph box is shorter than the line). */
  lineBottom(start: WordStart): number {
    const glyph = this.glyph(start);
    return (glyph.top + glyph.bottom) / 2 + this.lineHeight(start.node) / 2;
  }

  lineTop(start: WordStart): number {
    const glyph = this.glyph(start);
    return (glyph.top + glyph.bottom) / 2 - this.lineHeight(start.node) / 2;
  }

  lineHeightAt(start: WordStart): number {
    return this.lineHeight(start.node);
  }
}

/** The index of the first word whose line ends below `limit`, or `starts.length` when all fit. */
function firstOverflowingWord(starts: readonly WordStart[], gauge: LineGauge, limit: number): number {
  let low = 0;
  let high = starts.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    const start = starts[middle];
    if (start && gauge.lineBottom(start) > limit) high = middle;
    else low = middle + 1;
  }
  return low;
}

/** The first word of the line `starts[index]` is on. */
function firstWordOfLine(starts: readonly WordStart[], gauge: LineGauge, index: number): number {
  const target = starts[index];
  if (!target) return index;
  const top = gauge.lineTop(target);
  let first = index;
  for (let previous = starts[first - 1]; previous && Math.abs(gauge.lineTop(previous) - top) < 1;) {
    first -= 1;
    previous = starts[first - 1];
  }
  return first;
}

/** Cuts `block` before `start`: what follows moves into an empty copy of the block, returned. */
function cutBefore(block: HTMLElement, start: WordStart): HTMLElement {
  const range = document.createRange();
  // A word that opens an element (a bold run, a paragraph of a quote) takes the element along
  // whole, instead of leaving an empty copy of it behind.
  let from: Node = start.node;
  if (start.offset === 0) {
    while (from.parentNode && from.parentNode !== block && !from.previousSibling) from = from.parentNode;
    range.setStartBefore(from);
  } else {
    range.setStart(start.node, start.offset);
  }
  range.setEnd(block, block.childNodes.length);
  const continuation = block.cloneNode(false);
  if (!(continuation instanceof HTMLElement)) throw new Error('A block to split must be an element');
  continuation.append(range.extractContents());
  continuation.classList.add('is-continuation');
  block.classList.add('is-split');
  return continuation;
}

export interface SplitOptions {
  /**
   * The fewest lines that must stay above the break, or the block is not split. 0 forces a split
   * even when no line fits, after the first word, so that a page always takes something.
   */
  readonly minLinesBefore: number;
}

/**
 * Splits `block`, already laid out in its page, before the first line that would end below
 * `limit` (a viewport y coordinate): the lines above stay, the rest move to the returned copy.
 * Breaks only between words, so the two parts hold every word exactly once. A last line that
 * would be left alone at the top of the next page takes the line before it along, when enough
 * lines stay. Returns null when the block is not split: it fits, too few lines fit, or it is a
 * single word.
 */
export function splitBlock(block: HTMLElement, limit: number, options: SplitOptions): HTMLElement | null {
  const starts = wordStarts(block);
  const first = starts[0];
  const last = starts[starts.length - 1];
  if (!first || !last || starts.length < 2) return null;
  const gauge = new LineGauge();
  const style = getComputedStyle(block);
  const bottomInset = parseFloat(style.paddingBottom) + parseFloat(style.borderBottomWidth);
  const overflowing = firstOverflowingWord(starts, gauge, limit - bottomInset);
  if (overflowing >= starts.length) return null;
  const linesBefore = (index: number) => {
    const word = starts[index];
    return word ? Math.round((gauge.lineTop(word) - gauge.lineTop(first)) / gauge.lineHeightAt(first)) : 0;
  };
  let index = firstWordOfLine(starts, gauge, overflowing);
  const breakWord = starts[index];
  if (index > 0 && breakWord && Math.abs(gauge.lineTop(breakWord) - gauge.lineTop(last)) < 1) {
    const previousLine = firstWordOfLine(starts, gauge, index - 1);
    if (linesBefore(previousLine) >= Math.max(options.minLinesBefore, 2)) index = previousLine;
  }
  if (linesBefore(index) < options.minLinesBefore) return null;
  const at = starts[Math.max(index, 1)];
  return at ? cutBefore(block, at) : null;
}
