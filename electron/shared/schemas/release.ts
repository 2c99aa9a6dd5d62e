import { z } from 'zod';
import { releaseLanguages } from '../languages';
import {
  calendarDateSchema,
  idSchema,
  instantSchema,
  longTextSchema,
  shortTextSchema,
  tagSchema,
  wallTimeSchema,
} from './common';
import { richTextDocSchema } from './rich-text';

export const releaseLanguageSchema = z.enum(releaseLanguages);

export const releaseStatuses = ['draft', 'in-review', 'approved', 'published'] as const;
export const releaseStatusSchema = z.enum(releaseStatuses);
export type ReleaseStatus = z.infer<typeof releaseStatusSchema>;

/** An IANA time zone name such as `Europe/Paris`, checked against the runtime's own list. */
export const timeZoneSchema = z
  .string()
  .max(64)
  .refine((zone) => {
    try {
      new Intl.DateTimeFormat('en', { timeZone: zone });
      return true;
    } catch {
      return false;
    }
  }, 'Unknown time zone');

/** "For immediate release", or an embargo lifted at a wall-clock time in a named time zone. */
export const releaseLineSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('immediate') }),
  z.object({
    kind: z.literal('embargo'),
    date: calendarDateSchema,
    time: wallTimeSchema,
    timeZone: timeZoneSchema,
  }),
]);
export type ReleaseLine = z.infer<typeof releaseLineSchema>;

/** "Strasbourg, 03.12.2013 –": the place and the date that open the first paragraph. */
export const datelineSchema = z.object({
  place: shortTextSchema,
  date: calendarDateSchema.nullable(),
});
export type Dateline = z.infer<typeof datelineSchema>;

/**
 * A "more information" link. Any text is stored, so that a half-typed address is never lost to an
 * autosave; the checks flag what is not https or mailto, and rendering leaves such links out.
 */
export const moreInformationLinkSchema = z.object({
  label: shortTextSchema,
  url: z.string().max(2_000),
});

/** A language version made from another release: which one, and when it last matched it. */
export const translationSourceSchema = z.object({
  releaseId: idSchema,
  syncedAt: instantSchema,
});

export const releaseSchema = z.object({
  id: idSchema,
  reference: shortTextSchema,
  language: releaseLanguageSchema,
  translationOf: translationSourceSchema.nullable(),
  releaseLine: releaseLineSchema,
  headline: z.string().max(1_000),
  subheadline: z.string().max(1_000),
  dateline: datelineSchema,
  body: richTextDocSchema,
  moreInformation: z.array(moreInformationLinkSchema).max(50),
  notesToEditors: z.array(longTextSchema).max(50),
  /** `null` means "use the organisation's boilerplate for this language from Settings". */
  boilerplate: longTextSchema.nullable(),
  pressContactIds: z.array(idSchema).max(50),
  pressContactText: longTextSchema,
  status: releaseStatusSchema,
  tags: z.array(tagSchema).max(50),
  archived: z.boolean(),
  createdAt: instantSchema,
  updatedAt: instantSchema,
  publishedAt: instantSchema.nullable(),
  /** Set when the release was deleted: it stays restorable for a while, then is purged. */
  deletedAt: instantSchema.nullable().default(null),
});
export type Release = z.infer<typeof releaseSchema>;

/** What the release list shows without opening each release's own file. */
export const releaseSummarySchema = releaseSchema.pick({
  id: true,
  reference: true,
  language: true,
  translationOf: true,
  headline: true,
  dateline: true,
  status: true,
  tags: true,
  archived: true,
  createdAt: true,
  updatedAt: true,
  publishedAt: true,
  deletedAt: true,
});
export type ReleaseSummary = z.infer<typeof releaseSummarySchema>;

/** What a person supplies to start a release; everything else gets a default. */
export const newReleaseInputSchema = z.object({
  language: releaseLanguageSchema,
  headline: z.string().max(1_000).default(''),
});
export type NewReleaseInput = z.infer<typeof newReleaseInputSchema>;

export const releaseSortColumns = ['updated', 'created', 'dateline', 'reference', 'headline'] as const;

/** The release list: what was typed, the filters, the order. */
export const releaseQuerySchema = z.object({
  text: z.string().max(200).default(''),
  statuses: z.array(releaseStatusSchema).max(4).default([]),
  languages: z.array(releaseLanguageSchema).max(10).default([]),
  years: z.array(z.number().int().min(1900).max(3000)).max(50).default([]),
  tags: z.array(tagSchema).max(50).default([]),
  archived: z.boolean().default(false),
  sort: z
    .object({ column: z.enum(releaseSortColumns), direction: z.enum(['asc', 'desc']) })
    .default({ column: 'updated', direction: 'desc' }),
});
export type ReleaseQuery = z.input<typeof releaseQuerySchema>;
export type ParsedReleaseQuery = z.output<typeof releaseQuerySchema>;

/** A release's language versions: the original first, each translation marked when out of date. */
export const releaseVersionSchema = releaseSummarySchema.extend({ outOfDate: z.boolean() });
export type ReleaseVersion = z.infer<typeof releaseVersionSchema>;
