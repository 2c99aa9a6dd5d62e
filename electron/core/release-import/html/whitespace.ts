import type { RichTextNode } from '../../../shared/schemas/rich-text';
import { sameMarks, textNode } from '../rich-text-nodes';

/** The white space HTML collapses. The non-breaking space is not part of it: it stays as text. */
const COLLAPSIBLE_RUN = /[ \t\n\r\f]+/g;
/**
 * Control characters other than the white space above have no business in a release; some arrive
 * with pasted or converted text.
 */
const CONTROL_CHARACTERS = /[^\P{Cc}\t\n\r\f]/gu;

function dropTrailingSpace(nodes: RichTextNode[]): void {
  const last = nodes.at(-1);
  if (last?.type !== 'text' || !last.text?.endsWith(' ')) return;
  last.text = last.text.slice(0, -1);
  if (last.text === '') nodes.pop();
}

function append(nodes: RichTextNode[], node: RichTextNode): void {
  const last = nodes.at(-1);
  if (last?.type === 'text' && node.type === 'text' && sameMarks(last, node)) {
    last.text = `${last.text ?? ''}${node.text ?? ''}`;
  } else {
    nodes.push(node);
  }
}

/**
 * The inline content of one block with its white space laid out as a browser does: runs of spaces,
 * tabs and newlines become one space, even across element edges; spaces at the start and end of the
 * block and around line breaks go. Line breaks at the very start or end of a block are dropped too:
 * they only add blank space. Adjacent text with the same marks is merged. Returns new nodes.
 */
export function normaliseInlineWhitespace(nodes: readonly RichTextNode[]): RichTextNode[] {
  const result: RichTextNode[] = [];
  let atLineStart = true;
  for (const node of nodes) {
    if (node.type === 'hardBreak') {
      dropTrailingSpace(result);
      if (result.length > 0) result.push({ type: 'hardBreak' });
      atLineStart = true;
      continue;
    }
    let text = (node.text ?? '').replace(CONTROL_CHARACTERS, '').replace(COLLAPSIBLE_RUN, ' ');
    const previous = result.at(-1);
    const afterSpace = previous?.type === 'text' && previous.text?.endsWith(' ');
    if (atLineStart || afterSpace) text = text.replace(/^ /, '');
    if (text === '') continue;
    append(result, textNode(text, node.marks ?? []));
    atLineStart = false;
  }
  dropTrailingSpace(result);
  while (result.at(-1)?.type === 'hardBreak') {
    result.pop();
    dropTrailingSpace(result);
  }
  return result;
}
