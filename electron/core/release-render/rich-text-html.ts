import type { RichTextDoc, RichTextNode } from '../../shared/schemas/rich-text';
import { element, escapeHtml, link, safeHref } from './html';

type Mark = NonNullable<RichTextNode['marks']>[number];

/** The marks a release prints, outermost first so that the same marks always nest the same way. */
const MARK_TAGS = [
  ['bold', 'strong'],
  ['italic', 'em'],
  ['underline', 'u'],
  ['strike', 's'],
] as const;

/**
 * The text a node holds, for node types the release does not print as such: their words survive,
 * their markup never does. Sibling blocks are kept apart by a space so that words do not fuse.
 */
function textOf(node: RichTextNode): string {
  if (node.type === 'text') return node.text ?? '';
  if (node.type === 'hardBreak') return ' ';
  return (node.content ?? [])
    .map((child) => (child.type === 'text' ? textOf(child) : ` ${textOf(child)} `))
    .join('')
    .replace(/\s+/g, ' ')
    .trim();
}

function applyMarks(html: string, marks: readonly Mark[]): string {
  const types = new Set(marks.map((mark) => mark.type));
  const wrapped = MARK_TAGS.reduceRight(
    (inner, [type, tag]) => (types.has(type) ? `<${tag}>${inner}</${tag}>` : inner),
    html,
  );
  // A link that is not https: or mailto: is dropped, and its words stay as plain text.
  const href = safeHref(marks.find((mark) => mark.type === 'link')?.attrs?.['href']);
  return href ? link(href, wrapped) : wrapped;
}

function renderInline(nodes: readonly RichTextNode[] = []): string {
  return nodes
    .map((node) => {
      if (node.type === 'text') return applyMarks(escapeHtml(node.text ?? ''), node.marks ?? []);
      if (node.type === 'hardBreak') return '<br>';
      return escapeHtml(textOf(node));
    })
    .join('');
}

function headingLevel(node: RichTextNode): 2 | 3 | 4 {
  const level = node.attrs?.['level'];
  // The headline is the page's only h1; deeper levels than h4 do not read as headings in print.
  if (typeof level !== 'number' || level <= 2) return 2;
  return level >= 4 ? 4 : 3;
}

function listStart(node: RichTextNode): string | null {
  const start = node.attrs?.['start'];
  return typeof start === 'number' && Number.isInteger(start) && start !== 1 ? String(start) : null;
}

function renderListItems(nodes: readonly RichTextNode[] = []): string {
  return nodes
    .map((node) => {
      const inner = node.type === 'listItem' ? renderBlocks(node.content) : renderBlock(node);
      return inner === '' ? '' : `<li>${inner}</li>`;
    })
    .join('');
}

function renderBlock(node: RichTextNode): string {
  switch (node.type) {
    case 'paragraph':
      return textOf(node) === '' ? '' : `<p>${renderInline(node.content)}</p>`;
    case 'heading': {
      const tag = `h${headingLevel(node)}`;
      return textOf(node) === '' ? '' : `<${tag}>${renderInline(node.content)}</${tag}>`;
    }
    case 'bulletList':
    case 'orderedList': {
      const items = renderListItems(node.content);
      if (items === '') return '';
      return node.type === 'bulletList'
        ? `<ul>${items}</ul>`
        : element('ol', { start: listStart(node) }, items);
    }
    case 'blockquote': {
      const inner = renderBlocks(node.content);
      return inner === '' ? '' : `<blockquote>${inner}</blockquote>`;
    }
    default: {
      const text = textOf(node);
      return text === '' ? '' : `<p>${escapeHtml(text)}</p>`;
    }
  }
}

function renderBlocks(nodes: readonly RichTextNode[] = []): string {
  return nodes.map(renderBlock).join('');
}

/**
 * A release body as HTML, from TipTap JSON, with an allow-list: paragraphs, headings 2 to 4, lists,
 * quotes, line breaks, and bold, italic, underline, strike and https:/mailto: links. Any other node
 * prints its text only. Empty blocks are left out.
 *
 * `leadInHtml` (the dateline) opens the first paragraph; when the body starts with something other
 * than a paragraph, it gets a paragraph of its own before it.
 */
export function renderRichTextHtml(doc: RichTextDoc, leadInHtml = ''): string {
  const blocks = doc.content
    .map((node) => ({ node, html: renderBlock(node) }))
    .filter((block) => block.html !== '');
  const [first, ...rest] = blocks;
  const join = (list: typeof blocks) => list.map((block) => block.html).join('');
  if (leadInHtml === '') return join(blocks);
  if (first?.node.type !== 'paragraph') return `<p>${leadInHtml}</p>${join(blocks)}`;
  return `<p>${leadInHtml} ${renderInline(first.node.content)}</p>${join(rest)}`;
}
