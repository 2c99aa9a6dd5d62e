import type { RichTextNode } from '../../../shared/schemas/rich-text';
import { hasVisibleText, inlineLeaves, paragraphNode, textNode } from '../rich-text-nodes';
import { normaliseInlineWhitespace } from './whitespace';

/**
 * What converting an HTML node gives: inline content for the paragraph being built, or finished
 * blocks (possibly none: an empty block element still ends the paragraph before it, as in a browser).
 */
export type Item = { kind: 'inline'; node: RichTextNode } | { kind: 'blocks'; nodes: RichTextNode[] };

/** A list item outside a list (`<li>` in a `<div>`) is only its content. */
function unwrapListItem(node: RichTextNode): RichTextNode[] {
  return node.type === 'listItem' ? (node.content ?? []) : [node];
}

/** Blocks from a run of items: inline runs between blocks become paragraphs, blank ones vanish. */
export function toBlocks(items: readonly Item[]): RichTextNode[] {
  const blocks: RichTextNode[] = [];
  let run: RichTextNode[] = [];
  const flush = () => {
    const content = normaliseInlineWhitespace(run);
    run = [];
    if (content.some(hasVisibleText)) blocks.push(paragraphNode(content));
  };
  for (const item of items) {
    if (item.kind === 'inline') {
      run.push(item.node);
    } else {
      flush();
      blocks.push(...item.nodes.flatMap(unwrapListItem));
    }
  }
  flush();
  return blocks;
}

/** Inline content only, for headings: blocks inside one (`<h2><p>…</p></h2>`) are read as words. */
export function toInline(items: readonly Item[]): RichTextNode[] {
  const inline = items.flatMap((item) =>
    item.kind === 'inline'
      ? [item.node]
      : item.nodes.flatMap((block) => [textNode(' '), ...inlineLeaves(block), textNode(' ')]),
  );
  return normaliseInlineWhitespace(inline);
}

/** TipTap's list item opens with a paragraph: a heading there is read as one, a list gets one first. */
export function listItem(blocks: readonly RichTextNode[]): RichTextNode | null {
  const [first, ...rest] = blocks;
  if (!first) return null;
  if (first.type === 'paragraph') return { type: 'listItem', content: [...blocks] };
  if (first.type === 'heading') {
    return { type: 'listItem', content: [paragraphNode(first.content ?? []), ...rest] };
  }
  return { type: 'listItem', content: [paragraphNode([]), ...blocks] };
}

/**
 * The items of a list: `<li>` children are list items already; anything else between them (text, a
 * nested list written outside its `<li>`) joins the item before it, as browsers show it.
 */
export function listItems(items: readonly Item[]): RichTextNode[] {
  const listed: RichTextNode[] = [];
  let loose: Item[] = [];
  const flushLoose = () => {
    const blocks = toBlocks(loose);
    loose = [];
    const previous = listed.at(-1);
    if (blocks.length === 0) return;
    if (previous?.content) {
      previous.content.push(...blocks);
    } else {
      const item = listItem(blocks);
      if (item) listed.push(item);
    }
  };
  for (const item of items) {
    const nodes = item.kind === 'blocks' ? item.nodes : [];
    if (nodes.length > 0 && nodes.every((node) => node.type === 'listItem')) {
      flushLoose();
      listed.push(...nodes);
    } else {
      loose.push(item);
    }
  }
  flushLoose();
  return listed;
}
