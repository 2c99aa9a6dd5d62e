import type { ChildNode, Element } from 'domhandler';
import { isTag, isText } from 'domhandler';
import { parseDocument } from 'htmlparser2';
import type { RichTextDoc, RichTextNode } from '../../../shared/schemas/rich-text';
import { safeHref } from '../../release-render/html';
import { hasVisibleText, textNode, type RichTextMark } from '../rich-text-nodes';
import type { ImportWarning } from '../types';
import { listItem, listItems, toBlocks, toInline, type Item } from './block-builder';
import { dropElement, flatText } from './dropped-content';
import { headingLevelOfTag, isBlockContainer, markOfTag, type MarkName } from './element-rules';
import { readInlineStyle } from './inline-style';
import { WarningTally } from './warning-tally';

/**
 * Below this many nested elements, the structure is not followed any more and only the text is
 * kept: real documents nest a few dozen deep, and a hostile one must not exhaust the call stack.
 */
const MAX_NESTING = 100;

/** Where the walk is: the marks and link in force, how deep, inside `<pre>` or not. */
interface Context {
  readonly marks: ReadonlySet<MarkName>;
  readonly href: string | null;
  readonly depth: number;
  readonly preformatted: boolean;
  readonly tally: WarningTally;
}

const MARK_ORDER: readonly MarkName[] = ['bold', 'italic', 'underline', 'strike'];

function marksOf(context: Context): RichTextMark[] {
  const marks: RichTextMark[] = MARK_ORDER.filter((mark) => context.marks.has(mark)).map((type) => ({
    type,
  }));
  return context.href === null ? marks : [...marks, { type: 'link', attrs: { href: context.href } }];
}

function textItems(text: string, context: Context): Item[] {
  const marks = marksOf(context);
  if (!context.preformatted) return [{ kind: 'inline', node: textNode(text, marks) }];
  // In <pre>, a newline is a line break (one at the very start goes with the block's edge, as in HTML).
  return text.split('\n').flatMap((line, index): Item[] => {
    const lineText: Item = { kind: 'inline', node: textNode(line, marks) };
    return index === 0 ? [lineText] : [{ kind: 'inline', node: { type: 'hardBreak' } }, lineText];
  });
}

/** A link's target when it may stay (`https:`, `mailto:`); any other is counted and its words kept. */
function innerHref(element: Element, context: Context): string | null {
  const href = element.attribs['href'];
  if (element.name !== 'a' || href === undefined) return context.href;
  const safe = safeHref(href);
  if (safe === null) context.tally.addUnsupportedLink(href);
  return safe;
}

/** The context inside an element: its tag's mark, then what its style says (`font-weight:normal` unsets bold). */
function innerContext(element: Element, context: Context): Context {
  const marks = new Set(context.marks);
  const tagMark = markOfTag(element.name);
  if (tagMark) marks.add(tagMark);
  const style = readInlineStyle(element.attribs['style']);
  for (const mark of MARK_ORDER) {
    if (style[mark] === true) marks.add(mark);
    if (style[mark] === false) marks.delete(mark);
  }
  return {
    ...context,
    marks,
    href: innerHref(element, context),
    depth: context.depth + 1,
    preformatted: context.preformatted || element.name === 'pre',
  };
}

function walkNodes(nodes: readonly ChildNode[], context: Context): Item[] {
  return nodes.flatMap((node) => {
    if (isText(node)) return textItems(node.data, context);
    // Comments (Word's conditional markup among them), processing instructions and doctypes hold no text.
    return isTag(node) ? walkElement(node, context) : [];
  });
}

const blocks = (nodes: RichTextNode[]): Item[] => [{ kind: 'blocks', nodes }];

function walkElement(element: Element, context: Context): Item[] {
  if (dropElement(element, context.tally)) return [];
  if (context.depth >= MAX_NESTING) return textItems(flatText(element), { ...context, preformatted: false });
  const inner = innerContext(element, context);
  const children = () => walkNodes(element.children, inner);
  const name = element.name;
  const level = headingLevelOfTag(name);
  if (level !== null) {
    const content = toInline(children());
    return blocks(content.some(hasVisibleText) ? [{ type: 'heading', attrs: { level }, content }] : []);
  }
  switch (name) {
    case 'br':
      return [{ kind: 'inline', node: { type: 'hardBreak' } }];
    case 'hr':
      return blocks([]);
    case 'ul':
    case 'ol': {
      const content = listItems(children());
      const type = name === 'ol' ? 'orderedList' : 'bulletList';
      const start = name === 'ol' ? listStart(element) : null;
      if (content.length === 0) return blocks([]);
      return blocks([start === null ? { type, content } : { type, attrs: { start }, content }]);
    }
    case 'li': {
      const item = listItem(toBlocks(children()));
      return blocks(item ? [item] : []);
    }
    case 'blockquote': {
      const content = toBlocks(children());
      return blocks(content.length === 0 ? [] : [{ type: 'blockquote', content }]);
    }
    case 'table':
      context.tally.add('flattened-table');
      return blocks(toBlocks(children()));
    default:
      return isBlockContainer(name) ? blocks(toBlocks(children())) : children();
  }
}

function listStart(element: Element): number | null {
  const start = Number(element.attribs['start']);
  return Number.isSafeInteger(start) && start >= 0 && start !== 1 ? start : null;
}

/**
 * HTML to a TipTap document, with an allow-list: paragraphs, headings (h1 stays level 1, as a
 * headline candidate; h2–h6 become levels 2–4), bullet and ordered lists, quotes and line breaks,
 * with bold, italic, underline, strike and `https:`/`mailto:` links. Other links keep their words.
 * Scripts, styles, embedded content, images, forms, comments, hidden elements and every attribute
 * other than a link's href, a heading's level and a list's start are dropped; tables become their
 * cells' paragraphs. White space is laid out as a browser would. Never throws on any input.
 */
export function htmlToRichText(html: string): { doc: RichTextDoc; warnings: ImportWarning[] } {
  const tally = new WarningTally();
  const context: Context = { marks: new Set(), href: null, depth: 0, preformatted: false, tally };
  const items = walkNodes(parseDocument(html).children, context);
  return { doc: { type: 'doc', content: toBlocks(items) }, warnings: tally.warnings() };
}
