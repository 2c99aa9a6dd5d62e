import { z } from 'zod';
import { contactSchema } from '../../shared/schemas/contact';
import { contactListSchema } from '../../shared/schemas/contact-list';
import { releaseSchema, releaseSummarySchema } from '../../shared/schemas/release';
import { releaseRevisionSchema } from '../../shared/schemas/release-revision';
import { settingsSchema } from '../../shared/schemas/settings';
import { createDocumentCodec } from './document-codec';

/*
 * The schema of every store file. Each file carries its own `schemaVersion`; when a shape changes,
 * bump the version here and add a pure migration to the codec's list.
 */

export const settingsFileCodec = createDocumentCodec({
  schema: z.object({ schemaVersion: z.literal(1), settings: settingsSchema }),
  version: 1,
});
export type SettingsFile = ReturnType<typeof settingsFileCodec.decode>;

export const windowBoundsSchema = z.object({
  x: z.number().int(),
  y: z.number().int(),
  width: z.number().int().min(1),
  height: z.number().int().min(1),
});
export type WindowBounds = z.infer<typeof windowBoundsSchema>;

export const windowStateFileCodec = createDocumentCodec({
  schema: z.object({
    schemaVersion: z.literal(1),
    bounds: windowBoundsSchema.nullable(),
    maximized: z.boolean(),
  }),
  version: 1,
});
export type WindowStateFile = ReturnType<typeof windowStateFileCodec.decode>;

export const releasesIndexCodec = createDocumentCodec({
  schema: z.object({
    schemaVersion: z.literal(1),
    releases: z.array(releaseSummarySchema),
    /** The last reference number given, per year, so that none is ever given twice. */
    counters: z.record(z.string(), z.number().int().min(0)).default({}),
  }),
  version: 1,
});
export type ReleasesIndexFile = ReturnType<typeof releasesIndexCodec.decode>;

export const releaseFileCodec = createDocumentCodec({
  schema: z.object({ schemaVersion: z.literal(1), release: releaseSchema }),
  version: 1,
});
export type ReleaseFile = ReturnType<typeof releaseFileCodec.decode>;

export const releaseRevisionsCodec = createDocumentCodec({
  schema: z.object({ schemaVersion: z.literal(1), revisions: z.array(releaseRevisionSchema) }),
  version: 1,
});
export type ReleaseRevisionsFile = ReturnType<typeof releaseRevisionsCodec.decode>;

export const contactShardCodec = createDocumentCodec({
  schema: z.object({ schemaVersion: z.literal(1), contacts: z.array(contactSchema) }),
  version: 1,
});
export type ContactShardFile = ReturnType<typeof contactShardCodec.decode>;

export const contactListsCodec = createDocumentCodec({
  schema: z.object({ schemaVersion: z.literal(1), lists: z.array(contactListSchema) }),
  version: 1,
});
export type ContactListsFile = ReturnType<typeof contactListsCodec.decode>;
