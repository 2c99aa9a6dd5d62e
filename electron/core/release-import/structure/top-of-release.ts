import type { RichTextNode } from '../../../shared/schemas/rich-text';
import { plainText } from '../../releases/release-text';
import { hasVisibleText } from '../rich-text-nodes';
import type { RecognitionRule } from '../types';
import { excerpt, isAllMarked, lineText, withoutOpening } from './block-text';
import { matchDatelineOpening, matchStandaloneDateline } from './dateline';
import { referenceFromLine } from './reference-line';
import { releaseLabelKind } from './release-labels';
import type { ReleaseLayout } from './release-layout';
import { sectionLabelOf } from './section-labels';

/** Headlines and labels are found among the first blocks only, before the text proper starts. */
const MAX_TOP_BLOCKS = 10;
/** A headline is a line, not a paragraph. */
const MAX_HEADLINE_LENGTH = 200;
const MAX_SUBHEADLINE_LENGTH = 300;
/** The dateline opens one of the first paragraphs after the headline, or none. */
const DATELINE_PARAGRAPHS = 3;

/** What the top of a release gives: its title lines, reference and dateline. */
export interface TopOfRelease {
  headline: string;
  subheadline: string;
  reference: string;
  dateline: { place: string; date: string | null };
  /** The index of the block after the headline (or subheadline), 0 without one: where the text starts. */
  textStart: number;
}

const isTextBlock = (node: RichTextNode) => node.type === 'paragraph' || node.type === 'heading';
const headingLevel = (node: RichTextNode) => (node.type === 'heading' ? node.attrs?.['level'] : undefined);

/** A line of its own: a paragraph of one line, short, not ending like a sentence. */
function isShortLine(node: RichTextNode, maxLength: number): boolean {
  const text = lineText(node);
  return (
    node.type === 'paragraph' &&
    !plainText(node).trim().includes('\n') &&
    text.length <= maxLength &&
    !text.endsWith('.')
  );
}

/** Whether a block is something other than a title line: a dateline, a section title, an embargo. */
function isOtherLine(node: RichTextNode): boolean {
  const text = plainText(node);
  return (
    matchDatelineOpening(text) !== null ||
    matchStandaloneDateline(text) !== null ||
    sectionLabelOf(lineText(node)) !== null ||
    releaseLabelKind(lineText(node)) !== null
  );
}

/** Where the top ends: at the first block that is text proper (a long paragraph, a list, a quote). */
function topEnd(layout: ReleaseLayout): number {
  const last = Math.min(layout.blocks.length, MAX_TOP_BLOCKS);
  const proper = layout.blocks
    .slice(0, last)
    .findIndex(
      (block) =>
        !isTextBlock(block) ||
        matchDatelineOpening(plainText(block)) !== null ||
        (block.type === 'paragraph' && !isShortLine(block, MAX_HEADLINE_LENGTH)),
    );
  return proper < 0 ? last : proper;
}

/** Takes the reference line and the release labels out of the top, and notes embargo lines. */
function takeReferenceAndLabels(layout: ReleaseLayout, end: number): string {
  let reference = '';
  for (const { index, block } of layout.bodyBlocks()) {
    if (index >= end || !isTextBlock(block)) continue;
    const line = lineText(block);
    const found = reference === '' ? referenceFromLine(line) : null;
    const kind = found === null ? releaseLabelKind(line) : null;
    if (found !== null) {
      reference = found;
      layout.assign(index, 'removed');
      layout.recognise({ field: 'reference', rule: 'reference-line', text: excerpt(line) });
    } else if (kind === 'label') {
      layout.assign(index, 'removed');
      layout.recognise({ field: 'releaseLabel', rule: 'standalone-line', text: excerpt(line) });
    } else if (kind === 'embargo') {
      layout.warnings.push({ code: 'embargo-line-kept', text: excerpt(line, 200) });
    }
  }
  return reference;
}

type Found = { index: number; block: RichTextNode };

/** Where the headline is, and by which rule: the first h1, the first heading at the top, or the first short line there. */
function findHeadline(layout: ReleaseLayout, end: number): (Found & { rule: RecognitionRule }) | null {
  const body = layout.bodyBlocks();
  const h1 = body.find(({ block }) => headingLevel(block) === 1 && !isOtherLine(block));
  if (h1) return { ...h1, rule: 'first-h1' };
  const top = body.filter(({ index, block }) => index < end && isTextBlock(block) && !isOtherLine(block));
  const heading = top.find(({ block }) => block.type === 'heading');
  if (heading) return { ...heading, rule: 'first-heading' };
  const line = top.find(({ block }) => isShortLine(block, MAX_HEADLINE_LENGTH));
  return line ? { ...line, rule: 'first-short-line' } : null;
}

function takeHeadline(layout: ReleaseLayout, end: number): { text: string; index: number } | null {
  const found = findHeadline(layout, end);
  if (!found) return null;
  const text = lineText(found.block);
  layout.assign(found.index, 'removed');
  layout.recognise({ field: 'headline', rule: found.rule, text: excerpt(text) });
  return { text, index: found.index };
}

/** The subheadline: an h2, or a short all-italic line, right after the headline. */
function takeSubheadline(
  layout: ReleaseLayout,
  headlineIndex: number,
): { text: string; index: number } | null {
  const [next] = layout.bodyBlocks(headlineIndex + 1);
  if (!next || isOtherLine(next.block)) return null;
  const { index, block } = next;
  const isH2 = headingLevel(block) === 2;
  const isItalicLine =
    block.type === 'paragraph' && isShortLine(block, MAX_SUBHEADLINE_LENGTH) && isAllMarked(block, 'italic');
  if (!isH2 && !isItalicLine) return null;
  const text = lineText(block);
  layout.assign(index, 'removed');
  layout.recognise({
    field: 'subheadline',
    rule: isH2 ? 'heading-after-headline' : 'italic-line-after-headline',
    text: excerpt(text),
  });
  return { text, index };
}

/** The dateline: a paragraph that is one, or the opening of one of the first paragraphs. */
function takeDateline(layout: ReleaseLayout, from: number): { place: string; date: string | null } {
  const paragraphs = layout
    .bodyBlocks(from)
    .filter(({ block }) => block.type === 'paragraph')
    .slice(0, DATELINE_PARAGRAPHS);
  for (const { index, block } of paragraphs) {
    const text = plainText(block);
    const standalone = matchStandaloneDateline(text);
    const match = standalone ?? matchDatelineOpening(text);
    if (!match) continue;
    const rest = withoutOpening(block, match.length);
    layout.blocks[index] = rest;
    if (!hasVisibleText(rest)) layout.assign(index, 'removed');
    layout.recognise({
      field: 'dateline',
      rule: standalone ? 'dateline-line' : 'paragraph-opening',
      text: excerpt(match.written),
    });
    return { place: match.place, date: match.date };
  }
  return { place: '', date: null };
}

/**
 * Recognises the top of a release: the reference line and release labels (removed), the headline
 * and subheadline (removed), and the dateline (removed from the paragraph it opens).
 */
export function recogniseTopOfRelease(layout: ReleaseLayout): TopOfRelease {
  const end = topEnd(layout);
  const reference = takeReferenceAndLabels(layout, end);
  const headline = takeHeadline(layout, end);
  const subheadline = headline ? takeSubheadline(layout, headline.index) : null;
  const textStart = (subheadline ?? headline)?.index ?? -1;
  const dateline = takeDateline(layout, textStart + 1);
  return {
    headline: headline?.text ?? '',
    subheadline: subheadline?.text ?? '',
    reference,
    dateline,
    textStart: textStart + 1,
  };
}
