import { z } from 'zod';

/**
 * Something the store did while opening that the person must know about. The renderer turns each
 * kind into a translated message; the paths let them find the file that was set aside.
 */
export const storeNoticeSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('quarantined'),
    file: z.string(),
    quarantinedTo: z.string(),
    reason: z.string(),
  }),
  z.object({
    kind: z.literal('newer-version'),
    file: z.string(),
    fileVersion: z.number(),
    supportedVersion: z.number(),
  }),
  z.object({
    /** The file was bad, was set aside, and its newest good copy came back from a backup. */
    kind: z.literal('recovered'),
    file: z.string(),
    quarantinedTo: z.string(),
    reason: z.string(),
    /** When the backup it came from was taken (ISO 8601). */
    backupTakenAt: z.string(),
  }),
  z.object({
    kind: z.literal('index-rebuilt'),
    file: z.string(),
    releases: z.number(),
  }),
]);
export type StoreNotice = z.infer<typeof storeNoticeSchema>;
