import { z } from 'zod';
import { contactSchema } from '../../shared/schemas/contact';
import { releaseSchema, releaseSummarySchema } from '../../shared/schemas/release';
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
  schema: z.object({ schemaVersion: z.literal(1), releases: z.array(releaseSummarySchema) }),
  version: 1,
});
export type ReleasesIndexFile = ReturnType<typeof releasesIndexCodec.decode>;

export const releaseFileCodec = createDocumentCodec({
  schema: z.object({ schemaVersion: z.literal(1), release: releaseSchema }),
  version: 1,
});
export type ReleaseFile = ReturnType<typeof releaseFileCodec.decode>;

export const contactShardCodec = createDocumentCodec({
  schema: z.object({ schemaVersion: z.literal(1), contacts: z.array(contactSchema) }),
  version: 1,
});
export type ContactShardFile = ReturnType<typeof contactShardCodec.decode>;
