import { z } from 'zod';

/** The problems a press officer should fix before sending a release; each has its own message. */
export const releaseCheckCodes = [
  'no-press-contact',
  'no-dateline',
  'embargo-past',
  'embargo-time-does-not-exist',
  'immediate-with-embargo-note',
  'headline-too-long',
  'do-not-contact',
  'unsafe-link',
] as const;

export const releaseCheckSchema = z.object({
  code: z.enum(releaseCheckCodes),
  /** The field to take the person to. */
  field: z.string(),
  /** Values for the message, such as the headline's length or a contact's name. */
  values: z.record(z.string(), z.union([z.string(), z.number()])),
});
export type ReleaseCheck = z.infer<typeof releaseCheckSchema>;
