import type { RichTextNode } from '../../../shared/schemas/rich-text';
import { safeHref } from '../../release-render/html';
import { inlineLeaves } from '../rich-text-nodes';
import type { ImportedLink } from '../types';

/** Addresses written out in text: https: links, "www." sites and e-mail addresses. */
const BARE_ADDRESS =
  /https:\/\/[^\s<>"]+|www\.[^\s<>"]+|[\p{L}\d._%+-]+@[\p{L}\d-]+(?:\.[\p{L}\d-]+)*\.\p{L}{2,}/gu;
/** Link lines are short; longer text is prose, and is not searched for addresses written out. */
const MAX_ADDRESS_TEXT = 2_000;
/** Punctuation that ends a sentence rather than an address: "see www.example.org." */
const TRAILING_PUNCTUATION = /[.,;:!?)\]]+$/;

function hrefOf(node: RichTextNode): string | null {
  const href = node.marks?.find((mark) => mark.type === 'link')?.attrs?.['href'];
  return typeof href === 'string' ? href : null;
}

/** The link an address written out in text stands for: e-mail addresses and "www." sites get a scheme. */
function urlOfWritten(written: string): string | null {
  if (written.includes('@') && !written.includes('/')) return safeHref(`mailto:${written}`);
  return safeHref(written.startsWith('www.') ? `https://${written}` : written);
}

function bareAddresses(text: string): ImportedLink[] {
  if (text.length > MAX_ADDRESS_TEXT) return [];
  return [...text.matchAll(BARE_ADDRESS)].flatMap(([match]): ImportedLink[] => {
    const written = match.replace(TRAILING_PUNCTUATION, '');
    const url = urlOfWritten(written);
    return url === null ? [] : [{ label: written, url }];
  });
}

/** Neighbouring pieces of text: one link's words, or text outside any link (`href` null). */
interface Run {
  href: string | null;
  text: string;
}

function runsOf(block: RichTextNode): Run[] {
  const runs: Run[] = [];
  for (const leaf of inlineLeaves(block)) {
    const href = leaf.type === 'text' ? hrefOf(leaf) : null;
    const text = leaf.type === 'text' ? (leaf.text ?? '') : ' ';
    const last = runs.at(-1);
    if (last && last.href === href) last.text += text;
    else runs.push({ href, text });
  }
  return runs;
}

/** The paragraphs and headings in a block (a list's items hold paragraphs): each is read on its own. */
function textBlocks(node: RichTextNode): RichTextNode[] {
  if (node.type === 'paragraph' || node.type === 'heading') return [node];
  return (node.content ?? []).flatMap(textBlocks);
}

/**
 * The links a block holds: its link marks (neighbouring text under the same link is one link, its
 * words the label) and the addresses written out in its other text. Only `https:` and `mailto:`.
 */
export function linkEntries(block: RichTextNode): ImportedLink[] {
  return textBlocks(block)
    .flatMap(runsOf)
    .flatMap(({ href, text }): ImportedLink[] => {
      if (href === null) return bareAddresses(text);
      return [{ label: text.replace(/\s+/g, ' ').trim() || href, url: href }];
    });
}
