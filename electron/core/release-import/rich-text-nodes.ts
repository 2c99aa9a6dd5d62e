import type { RichTextNode } from '../../shared/schemas/rich-text';

/** A mark on a text node: `{ type: 'bold' }`, `{ type: 'link', attrs: { href } }`. */
export type RichTextMark = NonNullable<RichTextNode['marks']>[number];

/** Whether a node holds any text a reader would see (white space, non-breaking or not, is not). */
export function hasVisibleText(node: RichTextNode): boolean {
  if (node.type === 'text') return /\S/.test(node.text ?? '');
  return (node.content ?? []).some(hasVisibleText);
}

/** The text and line-break nodes under `node`, in reading order. */
export function inlineLeaves(node: RichTextNode): RichTextNode[] {
  if (node.type === 'text' || node.type === 'hardBreak') return [node];
  return (node.content ?? []).flatMap(inlineLeaves);
}

/** Whether two text nodes carry the same marks, so that they can be one node. */
export function sameMarks(a: RichTextNode, b: RichTextNode): boolean {
  return JSON.stringify(a.marks ?? []) === JSON.stringify(b.marks ?? []);
}

/** A text node, without a `marks` key when it has none (as TipTap writes it). */
export function textNode(text: string, marks: readonly RichTextMark[] = []): RichTextNode {
  return marks.length === 0 ? { type: 'text', text } : { type: 'text', text, marks: [...marks] };
}

/** A paragraph, without a `content` key when it is empty (as TipTap writes it). */
export function paragraphNode(content: readonly RichTextNode[]): RichTextNode {
  return content.length === 0 ? { type: 'paragraph' } : { type: 'paragraph', content: [...content] };
}
