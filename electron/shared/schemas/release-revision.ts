import { z } from 'zod';
import { idSchema, instantSchema } from './common';
import { releaseSchema } from './release';

/** Why a revision was kept: time passed while editing, the status changed, or a restore happened. */
export const revisionReasons = ['edit', 'status', 'before-restore'] as const;

export const releaseRevisionSchema = z.object({
  id: idSchema,
  at: instantSchema,
  reason: z.enum(revisionReasons),
  release: releaseSchema,
});
export type ReleaseRevision = z.infer<typeof releaseRevisionSchema>;

/** What the history lists: a revision without its content. */
export const revisionSummarySchema = releaseRevisionSchema.omit({ release: true }).extend({
  status: z.string(),
  headline: z.string(),
});
export type RevisionSummary = z.infer<typeof revisionSummarySchema>;

/** One field that differs between two versions; text fields come with a word-level diff. */
export const fieldChangeSchema = z.object({
  field: z.string(),
  parts: z.array(z.object({ kind: z.enum(['same', 'added', 'removed']), text: z.string() })),
});
export type FieldChange = z.infer<typeof fieldChangeSchema>;
