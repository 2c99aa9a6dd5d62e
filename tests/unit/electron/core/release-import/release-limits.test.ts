import { describe, expect, it } from 'vitest';
import { fitReleaseLimits, RELEASE_LIMITS } from '../../../../../electron/core/release-import/release-limits';
import type { ImportedReleaseFields } from '../../../../../electron/core/release-import/types';
import { longTextSchema, shortTextSchema } from '../../../../../electron/shared/schemas/common';
import { moreInformationLinkSchema, releaseSchema } from '../../../../../electron/shared/schemas/release';
import { richTextNodeSchema } from '../../../../../electron/shared/schemas/rich-text';
import { importText } from './support/import-text';

const accepts = (schema: { safeParse: (value: unknown) => { success: boolean } }, value: unknown) =>
  schema.safeParse(value).success;

const importedFieldsSchema = releaseSchema.pick({
  headline: true,
  subheadline: true,
  dateline: true,
  body: true,
  notesToEditors: true,
  moreInformation: true,
  pressContactText: true,
  reference: true,
});

function fields(overrides: Partial<ImportedReleaseFields>): ImportedReleaseFields {
  return {
    headline: '',
    subheadline: '',
    dateline: { place: '', date: null },
    body: { type: 'doc', content: [{ type: 'paragraph' }] },
    notesToEditors: [],
    moreInformation: [],
    pressContactText: '',
    reference: '',
    language: null,
    ...overrides,
  };
}

describe('release limits', () => {
  it('are the release model’s own', () => {
    const { shape } = releaseSchema;
    expect(accepts(shape.headline, 'x'.repeat(RELEASE_LIMITS.headline))).toBe(true);
    expect(accepts(shape.headline, 'x'.repeat(RELEASE_LIMITS.headline + 1))).toBe(false);
    expect(accepts(shape.subheadline, 'x'.repeat(RELEASE_LIMITS.subheadline + 1))).toBe(false);
    expect(accepts(shortTextSchema, 'x'.repeat(RELEASE_LIMITS.shortText))).toBe(true);
    expect(accepts(shortTextSchema, 'x'.repeat(RELEASE_LIMITS.shortText + 1))).toBe(false);
    expect(accepts(longTextSchema, 'x'.repeat(RELEASE_LIMITS.longText + 1))).toBe(false);
    const link = (length: number) => ({
      label: 'Link',
      url: `https://example.org/${'x'.repeat(length - 20)}`,
    });
    expect(accepts(moreInformationLinkSchema, link(RELEASE_LIMITS.link))).toBe(true);
    expect(accepts(moreInformationLinkSchema, link(RELEASE_LIMITS.link + 1))).toBe(false);
    expect(accepts(shape.notesToEditors, Array<string>(RELEASE_LIMITS.listEntries + 1).fill('n'))).toBe(
      false,
    );
    expect(accepts(shape.notesToEditors, Array<string>(RELEASE_LIMITS.listEntries).fill('n'))).toBe(true);
    const paragraphs = (count: number) => Array.from({ length: count }, () => ({ type: 'paragraph' }));
    expect(accepts(shape.body, { type: 'doc', content: paragraphs(RELEASE_LIMITS.nodesPerList + 1) })).toBe(
      false,
    );
    expect(
      accepts(richTextNodeSchema, { type: 'text', text: 'x'.repeat(RELEASE_LIMITS.textPerNode + 1) }),
    ).toBe(false);
  });

  it('leaves ordinary fields untouched', () => {
    const ordinary = fields({ headline: 'Council meets', notesToEditors: ['A note.'] });
    expect(fitReleaseLimits(ordinary)).toEqual({ fields: ordinary, warnings: [] });
  });

  it('cuts what is too long, without splitting a character, and says which fields', () => {
    const emoji = '😀';
    const fitted = fitReleaseLimits(
      fields({
        headline: `${'x'.repeat(RELEASE_LIMITS.headline - 1)}${emoji}`,
        reference: 'r'.repeat(600),
        notesToEditors: Array.from({ length: 60 }, (_, index) => `Note ${String(index)}`),
        moreInformation: [
          { label: 'Too long an address', url: `https://example.org/${'x'.repeat(RELEASE_LIMITS.link)}` },
          { label: 'l'.repeat(600), url: 'https://example.org/' },
        ],
        pressContactText: 'c'.repeat(RELEASE_LIMITS.longText + 5),
      }),
    );
    expect(fitted.fields.headline).toBe('x'.repeat(RELEASE_LIMITS.headline - 1));
    expect(fitted.fields.notesToEditors).toHaveLength(RELEASE_LIMITS.listEntries);
    expect(fitted.fields.moreInformation).toEqual([{ label: 'l'.repeat(500), url: 'https://example.org/' }]);
    expect(importedFieldsSchema.safeParse(fitted.fields).success).toBe(true);
    expect(
      fitted.warnings.map((warning) => (warning.code === 'shortened' ? warning.field : '')).sort(),
    ).toEqual(['headline', 'moreInformation', 'notesToEditors', 'pressContactText', 'reference']);
  });

  it('splits a very long text into several text nodes, losing nothing', () => {
    const long = 'y'.repeat(RELEASE_LIMITS.textPerNode * 2 + 10);
    const fitted = fitReleaseLimits(
      fields({
        body: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: long }] }] },
      }),
    );
    const pieces = fitted.fields.body.content[0]?.content ?? [];
    expect(pieces.map((piece) => piece.text?.length)).toEqual([
      RELEASE_LIMITS.textPerNode,
      RELEASE_LIMITS.textPerNode,
      10,
    ]);
    expect(pieces.map((piece) => piece.text).join('')).toBe(long);
    expect(fitted.warnings).toEqual([]);
  });

  it('keeps the first blocks of a body with too many, and says so', async () => {
    const paragraphs = Array.from(
      { length: RELEASE_LIMITS.nodesPerList + 500 },
      (_, index) => `Paragraph ${String(index)}.`,
    );
    const result = await importText('long.txt', `Headline\n\n${paragraphs.join('\n\n')}`);
    expect(result.fields.body.content).toHaveLength(RELEASE_LIMITS.nodesPerList);
    expect(result.warnings).toEqual([{ code: 'shortened', field: 'body' }]);
    expect(importedFieldsSchema.safeParse(result.fields).success).toBe(true);
  });
});
