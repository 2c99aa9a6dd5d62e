import { z } from 'zod';

/** One backup as the Settings screen lists it. */
export const backupInfoSchema = z.object({
  id: z.string(),
  path: z.string(),
  createdAt: z.string(),
  reason: z.enum(['start', 'interval', 'manual', 'before-restore']),
  sizeBytes: z.number(),
  fileCount: z.number(),
  damage: z.string().nullable(),
  contentVerified: z.boolean(),
});
export type BackupSummary = z.infer<typeof backupInfoSchema>;

/** What a restore did: where the data came from, and the backup that undoes it. */
export const restoreOutcomeSchema = z.object({
  restoredFrom: backupInfoSchema,
  undoBackup: backupInfoSchema,
});
