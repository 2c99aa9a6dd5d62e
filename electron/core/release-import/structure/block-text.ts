import type { RichTextNode } from '../../../shared/schemas/rich-text';
import { plainText } from '../../releases/release-text';
import { hasVisibleText, textNode } from '../rich-text-nodes';

/** A block's text on one line: line breaks and runs of white space become single spaces. */
export function lineText(node: RichTextNode): string {
  return plainText(node).replace(/\s+/g, ' ').trim();
}

/** A block's lines: its line breaks kept, blank lines and edge spaces dropped. */
export function blockLines(node: RichTextNode): string[] {
  return plainText(node)
    .split('\n')
    .map((line) => line.replace(/[ \t]+/g, ' ').trim())
    .filter((line) => line !== '');
}

/** Whether every piece of visible text in a block carries `markType` (an all-italic line, say). */
export function isAllMarked(node: RichTextNode, markType: string): boolean {
  const texts: RichTextNode[] = [];
  const collect = (child: RichTextNode) => {
    if (child.type === 'text' && hasVisibleText(child)) texts.push(child);
    child.content?.forEach(collect);
  };
  collect(node);
  return texts.length > 0 && texts.every((text) => text.marks?.some((mark) => mark.type === markType));
}

/** Text quoted in a recognition: the dialog shows where a field came from, not the whole paragraph. */
export function excerpt(text: string, length = 80): string {
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length > length ? `${line.slice(0, length - 1)}…` : line;
}

/**
 * The paragraph without the first `length` characters of its {@link plainText} (a line break counts
 * as one), and without the white space that then opens it. The rest keeps its marks.
 */
export function withoutOpening(paragraph: RichTextNode, length: number): RichTextNode {
  let toSkip = length;
  const content: RichTextNode[] = [];
  for (const node of paragraph.content ?? []) {
    const size = node.type === 'text' ? (node.text ?? '').length : 1;
    if (toSkip >= size) {
      toSkip -= size;
      continue;
    }
    const rest = node.type === 'text' ? textNode((node.text ?? '').slice(toSkip), node.marks ?? []) : node;
    toSkip = 0;
    if (content.length === 0 && rest.type === 'text') {
      const trimmed = (rest.text ?? '').replace(/^\s+/, '');
      if (trimmed !== '') content.push({ ...rest, text: trimmed });
    } else if (content.length > 0 || rest.type !== 'hardBreak') {
      content.push(rest);
    }
  }
  return content.length === 0 ? { type: 'paragraph' } : { type: 'paragraph', content };
}
