import type { RichTextDoc, RichTextNode } from '../../shared/schemas/rich-text';
import type { ImportedReleaseFields, ImportWarning, LimitedField } from './types';

/**
 * The release model's bounds (electron/shared/schemas/release.ts, rich-text.ts, common.ts), so that
 * what an import gives can always be saved. A test checks the two against each other.
 */
export const RELEASE_LIMITS = {
  headline: 1_000,
  subheadline: 1_000,
  shortText: 500,
  longText: 20_000,
  link: 2_000,
  listEntries: 50,
  nodesPerList: 10_000,
  textPerNode: 100_000,
} as const;

/** Cuts text to `max` UTF-16 units without splitting a surrogate pair. */
function cut(text: string, max: number): string {
  if (text.length <= max) return text;
  const end = /[\uD800-\uDBFF]/.test(text.charAt(max - 1)) ? max - 1 : max;
  return text.slice(0, end);
}

/** Long text nodes split into several (nothing is lost); node lists cut to the model's bound. */
function fitNode(node: RichTextNode, shortened: () => void): RichTextNode {
  if (!node.content) return node;
  const content = node.content.flatMap((child): RichTextNode[] => {
    const text = child.text ?? '';
    if (child.type !== 'text' || text.length <= RELEASE_LIMITS.textPerNode)
      return [fitNode(child, shortened)];
    const pieces: RichTextNode[] = [];
    for (let start = 0; start < text.length;) {
      const piece = cut(text.slice(start), RELEASE_LIMITS.textPerNode);
      pieces.push({ ...child, text: piece });
      start += piece.length;
    }
    return pieces;
  });
  if (content.length > RELEASE_LIMITS.nodesPerList) shortened();
  return { ...node, content: content.slice(0, RELEASE_LIMITS.nodesPerList) };
}

/**
 * The fields cut to what the release model accepts, with a `shortened` warning for each field that
 * had to be. Imported text of ordinary size passes through untouched.
 */
export function fitReleaseLimits(fields: ImportedReleaseFields): {
  fields: ImportedReleaseFields;
  warnings: ImportWarning[];
} {
  const shortenedFields = new Set<LimitedField>();
  const text = (field: LimitedField, value: string, max: number) => {
    if (value.length > max) shortenedFields.add(field);
    return cut(value, max);
  };
  const list = <T>(field: LimitedField, values: readonly T[]) => {
    if (values.length > RELEASE_LIMITS.listEntries) shortenedFields.add(field);
    return values.slice(0, RELEASE_LIMITS.listEntries);
  };
  const body = fitNode(fields.body, () => shortenedFields.add('body'));
  // An address cut short would lead somewhere else: a link too long is left out, not shortened.
  const links = fields.moreInformation.filter((link) => link.url.length <= RELEASE_LIMITS.link);
  if (links.length < fields.moreInformation.length) shortenedFields.add('moreInformation');
  const fitted: ImportedReleaseFields = {
    headline: text('headline', fields.headline, RELEASE_LIMITS.headline),
    subheadline: text('subheadline', fields.subheadline, RELEASE_LIMITS.subheadline),
    dateline: {
      ...fields.dateline,
      place: text('dateline', fields.dateline.place, RELEASE_LIMITS.shortText),
    },
    body: { type: 'doc', content: body.content ?? [] } satisfies RichTextDoc,
    notesToEditors: list('notesToEditors', fields.notesToEditors).map((note) =>
      text('notesToEditors', note, RELEASE_LIMITS.longText),
    ),
    moreInformation: list('moreInformation', links).map((link) => ({
      ...link,
      label: text('moreInformation', link.label, RELEASE_LIMITS.shortText),
    })),
    pressContactText: text('pressContactText', fields.pressContactText, RELEASE_LIMITS.longText),
    reference: text('reference', fields.reference, RELEASE_LIMITS.shortText),
    language: fields.language,
  };
  const warnings = [...shortenedFields].map((field): ImportWarning => ({ code: 'shortened', field }));
  return { fields: fitted, warnings };
}
