import type { RichTextNode } from '../../shared/schemas/rich-text';

/** Nodes that hold blocks rather than text: their children go on separate lines. */
const CONTAINERS = new Set(['doc', 'bulletList', 'orderedList', 'blockquote', 'listItem']);

/** The plain text of a rich-text body, paragraphs separated by blank lines, for search, checks and diffs. */
export function plainText(node: RichTextNode): string {
  if (node.type === 'text') return node.text ?? '';
  if (node.type === 'hardBreak') return '\n';
  const children = (node.content ?? []).map(plainText);
  if (CONTAINERS.has(node.type)) return children.filter(Boolean).join(node.type === 'doc' ? '\n\n' : '\n');
  return children.join('');
}

/** Every link target in a rich-text body. */
export function linkTargets(node: RichTextNode): string[] {
  const own = (node.marks ?? [])
    .filter((mark) => mark.type === 'link')
    .map((mark) => mark.attrs?.href)
    .filter((href): href is string => typeof href === 'string');
  return [...own, ...(node.content ?? []).flatMap(linkTargets)];
}
