import type { RichTextNode } from '../../../../../../electron/shared/schemas/rich-text';
import { plainText } from '../../../../../../electron/core/releases/release-text';

const INLINE = new Set(['text', 'hardBreak']);
const BLOCKS = new Set(['paragraph', 'heading', 'bulletList', 'orderedList', 'blockquote']);
const MARKS = new Set(['bold', 'italic', 'underline', 'strike', 'link']);

function isSafeHref(href: unknown): boolean {
  if (typeof href !== 'string') return false;
  try {
    const { protocol } = new URL(href);
    return protocol === 'https:' || protocol === 'mailto:';
  } catch {
    return false;
  }
}

function attributeProblems(node: RichTextNode, where: string, headingLevels: readonly number[]): string[] {
  const names = Object.keys(node.attrs ?? {});
  if (node.type === 'heading') {
    const level = node.attrs?.['level'];
    const ok = names.join() === 'level' && typeof level === 'number' && headingLevels.includes(level);
    return ok ? [] : [`${where}: heading attrs ${JSON.stringify(node.attrs)}`];
  }
  if (node.type === 'orderedList' && names.length > 0) {
    const start = node.attrs?.['start'];
    const ok = names.join() === 'start' && Number.isSafeInteger(start);
    return ok ? [] : [`${where}: orderedList attrs ${JSON.stringify(node.attrs)}`];
  }
  return names.length === 0 ? [] : [`${where}: ${node.type} has attrs ${names.join()}`];
}

function markProblems(node: RichTextNode, where: string): string[] {
  return (node.marks ?? []).flatMap((mark) => {
    if (!MARKS.has(mark.type)) return [`${where}: mark ${mark.type}`];
    const names = Object.keys(mark.attrs ?? {});
    if (mark.type !== 'link') return names.length === 0 ? [] : [`${where}: ${mark.type} has attrs`];
    const ok = names.join() === 'href' && isSafeHref(mark.attrs?.['href']);
    return ok ? [] : [`${where}: link ${JSON.stringify(mark.attrs)}`];
  });
}

function childProblems(node: RichTextNode, where: string, headingLevels: readonly number[]): string[] {
  const children = node.content ?? [];
  const expected =
    node.type === 'paragraph' || node.type === 'heading'
      ? INLINE
      : node.type === 'bulletList' || node.type === 'orderedList'
        ? new Set(['listItem'])
        : BLOCKS;
  const own = children.flatMap((child, index) =>
    expected.has(child.type) ? [] : [`${where}/${String(index)}: ${child.type} inside ${node.type}`],
  );
  const firstOfItem =
    node.type === 'listItem' && children[0]?.type !== 'paragraph'
      ? [`${where}: list item opens with a non-paragraph`]
      : [];
  const emptyContainer =
    ['bulletList', 'orderedList', 'listItem', 'blockquote'].includes(node.type) && children.length === 0
      ? [`${where}: empty ${node.type}`]
      : [];
  return [
    ...own,
    ...firstOfItem,
    ...emptyContainer,
    ...children.flatMap((child, index) => problemsIn(child, `${where}/${String(index)}`, headingLevels)),
  ];
}

function problemsIn(node: RichTextNode, where: string, headingLevels: readonly number[]): string[] {
  const extraKeys = Object.keys(node).filter(
    (key) => !['type', 'attrs', 'content', 'marks', 'text'].includes(key),
  );
  const keys = extraKeys.map((key) => `${where}: key ${key}`);
  if (node.type === 'text') {
    const text = typeof node.text === 'string' && node.text !== '' ? [] : [`${where}: empty text`];
    const content = node.content ? [`${where}: text with content`] : [];
    return [
      ...keys,
      ...text,
      ...content,
      ...attributeProblems(node, where, headingLevels),
      ...markProblems(node, where),
    ];
  }
  const marks = node.marks ? [`${where}: ${node.type} has marks`] : [];
  const text = node.text === undefined ? [] : [`${where}: ${node.type} has text`];
  if (node.type === 'hardBreak') {
    return [...keys, ...marks, ...text, ...(node.content ? [`${where}: hardBreak with content`] : [])];
  }
  return [
    ...keys,
    ...marks,
    ...text,
    ...attributeProblems(node, where, headingLevels),
    ...childProblems(node, where, headingLevels),
  ];
}

/**
 * Everything in a TipTap document that the release body does not allow, as readable lines (empty
 * when all is well): node and mark types off the list, attributes other than a link's https:/mailto:
 * href, a heading's level and a list's start, and structure TipTap's schema would refuse.
 * `headingLevels` are the levels allowed: 1 is a headline candidate straight out of the converter.
 */
export function disallowedContent(doc: RichTextNode, headingLevels: readonly number[] = [2, 3, 4]): string[] {
  if (doc.type !== 'doc') return [`root is ${doc.type}`];
  const blocks = (doc.content ?? []).flatMap((child, index) =>
    BLOCKS.has(child.type) ? [] : [`/${String(index)}: ${child.type} at the top`],
  );
  return [...blocks, ...childProblems(doc, '', headingLevels)];
}

/** The body's blocks as short readable lines: "p: text", "ul: a | b", "quote: text", "h2: text". */
export function blockSummary(doc: RichTextNode): string[] {
  return (doc.content ?? []).map((block) => {
    const text = plainText(block);
    switch (block.type) {
      case 'paragraph':
        return `p: ${text}`;
      case 'heading':
        return `h${String(block.attrs?.['level'])}: ${text}`;
      case 'bulletList':
      case 'orderedList':
        return `${block.type === 'bulletList' ? 'ul' : 'ol'}: ${(block.content ?? []).map(plainText).join(' | ')}`;
      case 'blockquote':
        return `quote: ${text}`;
      default:
        return `${block.type}: ${text}`;
    }
  });
}

/** The texts carrying a mark, in document order: `textsWithMark(doc, 'bold')`; links give "text → href". */
export function textsWithMark(doc: RichTextNode, markType: string): string[] {
  const found: string[] = [];
  const visit = (node: RichTextNode) => {
    const mark = node.marks?.find((candidate) => candidate.type === markType);
    if (node.type === 'text' && mark) {
      const href = mark.attrs?.['href'];
      found.push(typeof href === 'string' ? `${node.text ?? ''} → ${href}` : (node.text ?? ''));
    }
    node.content?.forEach(visit);
  };
  visit(doc);
  return found;
}
