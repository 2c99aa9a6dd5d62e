import type { RichTextNode } from '../../../shared/schemas/rich-text';
import type { ImportedLink } from '../types';
import { blockLines, excerpt, lineText } from './block-text';
import { hasContactDetail, isContactLine } from './contact-lines';
import { linkEntries } from './link-entries';
import type { ReleaseLayout } from './release-layout';
import { sectionLabelOf, type SectionKind, type SectionLabel } from './section-labels';

/** Contact sections hold lines: a paragraph longer than this is text again. */
const MAX_CONTACT_SECTION_LINE = 200;
/** A contact block without a title is a few paragraphs at most: a page of short lines is not one. */
const MAX_TRAILING_CONTACT_BLOCKS = 20;

/** What the sections of a release give. */
export interface ReleaseSections {
  moreInformation: ImportedLink[];
  notesToEditors: string[];
  pressContactLines: string[];
}

const isList = (block: RichTextNode) => block.type === 'bulletList' || block.type === 'orderedList';
const isTextBlock = (block: RichTextNode) => block.type === 'paragraph' || block.type === 'heading';

/**
 * The section title that opens a block, with the block's other lines as what follows it. "More
 * information: the board meets again in May" is a sentence, not a title, when it holds no link.
 */
function titleOf(block: RichTextNode): (SectionLabel & { lines: string[] }) | null {
  if (!isTextBlock(block)) return null;
  const [first = '', ...others] = blockLines(block);
  const label = sectionLabelOf(first);
  if (!label) return null;
  const lines = [label.rest, ...others].filter((line) => line !== '');
  if (label.kind === 'moreInformation' && lines.length > 0 && linkEntries(block).length === 0) return null;
  return { ...label, lines };
}

/** Each paragraph, heading or list item of a block on a line of its own, as plain text. */
function itemLines(block: RichTextNode): string[] {
  if (isList(block)) return (block.content ?? []).map(lineText).filter((line) => line !== '');
  if (block.type === 'blockquote') return (block.content ?? []).flatMap(itemLines);
  const line = lineText(block);
  return line === '' ? [] : [line];
}

/** Whether a block carries on a section of `kind` that is already open. */
function continuesSection(kind: SectionKind, block: RichTextNode): boolean {
  if (titleOf(block)) return false;
  switch (kind) {
    case 'moreInformation':
      return (block.type === 'paragraph' || isList(block)) && linkEntries(block).length > 0;
    case 'notesToEditors':
      return true;
    case 'pressContact':
      return (
        isList(block) ||
        (block.type === 'paragraph' &&
          blockLines(block).every((line) => line.length <= MAX_CONTACT_SECTION_LINE))
      );
  }
}

function fieldOf(kind: SectionKind): 'moreInformation' | 'notesToEditors' | 'pressContactText' {
  return kind === 'pressContact' ? 'pressContactText' : kind;
}

/**
 * Gives their section's role to the blocks of the sections that open with a title from block `from`
 * on. A section runs until the next title or an end mark; "more information" stops at the first block
 * without a link, "press contact" at the first heading or long paragraph.
 */
function assignTitledSections(layout: ReleaseLayout, from: number): void {
  let open: SectionKind | null = null;
  for (let index = from; index < layout.blocks.length; index++) {
    const block = layout.blocks[index];
    // A block taken out already (an end mark, most often) closes the section before it.
    if (!block || !layout.isBody(index)) {
      open = null;
      continue;
    }
    const title = titleOf(block);
    if (title) {
      layout.assign(index, title.kind);
      layout.recognise({
        field: fieldOf(title.kind),
        rule: block.type === 'heading' ? 'section-heading' : 'section-line',
        text: excerpt(lineText(block)),
      });
      open = title.kind;
    } else if (open !== null && continuesSection(open, block)) {
      layout.assign(index, open);
    } else {
      open = null;
    }
  }
}

/**
 * A contact block without a title: the last lines of the release, when they are short lines (names,
 * titles, numbers, addresses) and one of them at least gives a phone number or an e-mail address.
 * They may close the body or the notes to editors. Blocks from `floor` on only.
 */
function assignTrailingContactLines(layout: ReleaseLayout, floor: number): void {
  const run: { index: number; block: RichTextNode }[] = [];
  let hasDetail = false;
  for (let index = layout.blocks.length - 1; index >= floor; index--) {
    const role = layout.roles[index];
    const block = layout.blocks[index];
    if (!block || role === 'removed') continue;
    if (role !== 'body' && role !== 'notesToEditors') {
      if (run.length > 0) break;
      continue;
    }
    const lines = block.type === 'paragraph' && !titleOf(block) ? blockLines(block) : [];
    const isContactBlock = lines.length > 0 && lines.every(isContactLine);
    if (!isContactBlock || run.length === MAX_TRAILING_CONTACT_BLOCKS) break;
    hasDetail ||= lines.some(hasContactDetail);
    run.unshift({ index, block });
  }
  const [first] = run;
  if (!hasDetail || !first) return;
  for (const { index } of run) layout.assign(index, 'pressContact');
  layout.recognise({
    field: 'pressContactText',
    rule: 'trailing-contact-lines',
    text: excerpt(lineText(first.block)),
  });
}

/** A contact block's lines: a title's text after its colon, a list's items, a paragraph's lines. */
function contactLines(block: RichTextNode): string[] {
  const title = titleOf(block);
  if (title) return title.lines;
  return isList(block) ? itemLines(block) : blockLines(block);
}

/** What the blocks given a section role hold, read in document order. */
function readSections(layout: ReleaseLayout): ReleaseSections {
  const sections: ReleaseSections = { moreInformation: [], notesToEditors: [], pressContactLines: [] };
  layout.blocks.forEach((block, index) => {
    switch (layout.roles[index]) {
      case 'moreInformation':
        sections.moreInformation.push(...linkEntries(block));
        break;
      case 'notesToEditors':
        sections.notesToEditors.push(...(titleOf(block)?.lines ?? itemLines(block)));
        break;
      case 'pressContact':
        sections.pressContactLines.push(...contactLines(block));
        break;
      case 'body':
      case 'removed':
      case undefined:
        break;
    }
  });
  return sections;
}

/**
 * Recognises the sections of a release from block `from` on: "More information", "Notes to
 * editors" and "Press contact" in the release languages, each a heading or a line of its own (bold
 * or not), perhaps with text after a colon ("Press contact: Jane Doe"). When no section is titled as
 * a press contact, a trailing block of contact lines is taken for one. Their blocks leave the body.
 */
export function recogniseSections(layout: ReleaseLayout, from: number): ReleaseSections {
  // The first paragraph of the text is the lead, whatever it looks like: never a contact block.
  const [lead] = layout.bodyBlocks(from);
  assignTitledSections(layout, from);
  if (!layout.roles.includes('pressContact')) assignTrailingContactLines(layout, (lead?.index ?? from) + 1);
  return readSections(layout);
}
