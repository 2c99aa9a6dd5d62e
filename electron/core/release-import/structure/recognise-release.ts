import type { RichTextDoc, RichTextNode } from '../../../shared/schemas/rich-text';
import { emptyRichTextDoc } from '../../../shared/schemas/rich-text';
import { plainText } from '../../releases/release-text';
import type { ImportedReleaseFields, ImportWarning, Recognition } from '../types';
import { excerpt, lineText } from './block-text';
import { isEndMark } from './end-marks';
import { guessLanguage } from './language-guess';
import { ReleaseLayout } from './release-layout';
import { recogniseSections } from './sections';
import { recogniseTopOfRelease } from './top-of-release';

/** Takes every line that is only an end mark out of the document. */
function removeEndMarks(layout: ReleaseLayout): void {
  layout.blocks.forEach((block, index) => {
    if (block.type !== 'paragraph' && block.type !== 'heading') return;
    const line = lineText(block);
    if (!isEndMark(line)) return;
    layout.assign(index, 'removed');
    layout.recognise({ field: 'endMark', rule: 'standalone-line', text: line });
  });
}

/** The headline is the only h1 of a printed release: an h1 left in the body (in a list, too) becomes an h2. */
function asBodyBlock(block: RichTextNode): RichTextNode {
  const isH1 = block.type === 'heading' && block.attrs?.['level'] === 1;
  if (isH1) return { ...block, attrs: { level: 2 } };
  const holdsBlocks = block.content !== undefined && block.type !== 'paragraph' && block.type !== 'heading';
  return holdsBlocks ? { ...block, content: (block.content ?? []).map(asBodyBlock) } : block;
}

/** What recognition found: the release fields (before they are fitted to the model's limits). */
export interface RecognisedRelease {
  fields: ImportedReleaseFields;
  recognised: Recognition[];
  warnings: ImportWarning[];
}

/**
 * Sorts a converted document into the fields of a release: end marks go; the reference line,
 * headline, subheadline and dateline come from the top; "more information", "notes to editors" and
 * the press contact from their sections; the language from the words; the rest is the body.
 */
export function recogniseRelease(doc: RichTextDoc): RecognisedRelease {
  const layout = new ReleaseLayout(doc.content);
  removeEndMarks(layout);
  const top = recogniseTopOfRelease(layout);
  const sections = recogniseSections(layout, top.textStart);
  const bodyBlocks = layout.bodyBlocks().map(({ block }) => asBodyBlock(block));
  const body: RichTextDoc = bodyBlocks.length > 0 ? { type: 'doc', content: bodyBlocks } : emptyRichTextDoc();
  const language = guessLanguage(
    [top.headline, top.subheadline, plainText(body), ...sections.notesToEditors].join('\n'),
  );
  if (language) {
    layout.recognise({ field: 'language', rule: 'stop-words', text: excerpt(language.evidence.join(', ')) });
  }
  return {
    fields: {
      headline: top.headline,
      subheadline: top.subheadline,
      dateline: top.dateline,
      body,
      notesToEditors: sections.notesToEditors,
      moreInformation: sections.moreInformation,
      pressContactText: sections.pressContactLines.join('\n'),
      reference: top.reference,
      language: language?.language ?? null,
    },
    recognised: layout.recognised,
    warnings: layout.warnings,
  };
}
