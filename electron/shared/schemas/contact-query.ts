import { z } from 'zod';
import { idSchema } from './common';
import { contactSchema } from './contact';

export const contactSortColumns = [
  'relevance',
  'name',
  'organisation',
  'role',
  'city',
  'country',
  'updated',
] as const;
export type ContactSortColumn = (typeof contactSortColumns)[number];

const facetValues = z.array(z.string().max(500)).max(200);

/**
 * Narrows the directory. Within one facet the values are alternatives (this outlet OR that one);
 * different facets must all hold (this beat AND this country).
 */
export const contactFiltersSchema = z.object({
  beats: facetValues.default([]),
  organisations: facetValues.default([]),
  countries: facetValues.default([]),
  languages: facetValues.default([]),
  tags: facetValues.default([]),
  listIds: z.array(idSchema).max(200).default([]),
});
export type ContactFilters = z.infer<typeof contactFiltersSchema>;

/** One window of the directory: what was typed, the filters, the order, and which rows. */
export const contactQuerySchema = z.object({
  text: z.string().max(200).default(''),
  filters: contactFiltersSchema.default({
    beats: [],
    organisations: [],
    countries: [],
    languages: [],
    tags: [],
    listIds: [],
  }),
  sort: z
    .object({ column: z.enum(contactSortColumns), direction: z.enum(['asc', 'desc']) })
    .default({ column: 'relevance', direction: 'asc' }),
  offset: z.number().int().min(0).max(10_000_000).default(0),
  limit: z.number().int().min(1).max(500),
});
export type ContactQuery = z.input<typeof contactQuerySchema>;
export type ParsedContactQuery = z.output<typeof contactQuerySchema>;

export const contactQueryResultSchema = z.object({
  total: z.number(),
  offset: z.number(),
  items: z.array(contactSchema),
  /** False while the search index is still being built after start-up. */
  indexReady: z.boolean(),
});
export type ContactQueryResult = z.infer<typeof contactQueryResultSchema>;

/** Every value of a facet in the directory, with how many contacts carry it. */
export const facetSchema = z.array(z.object({ value: z.string(), count: z.number() }));
export const contactFacetsSchema = z.object({
  beats: facetSchema,
  organisations: facetSchema,
  countries: facetSchema,
  languages: facetSchema,
  tags: facetSchema,
});
export type ContactFacets = z.infer<typeof contactFacetsSchema>;
