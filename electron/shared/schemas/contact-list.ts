import { z } from 'zod';
import { idSchema, instantSchema } from './common';

/** A named distribution list. A contact may be on several lists. */
export const contactListSchema = z.object({
  id: idSchema,
  name: z.string().trim().min(1).max(100),
  contactIds: z.array(idSchema).max(200_000),
  createdAt: instantSchema,
  updatedAt: instantSchema,
});
export type ContactList = z.infer<typeof contactListSchema>;

/** What the list menu shows: the list without its members. */
export const contactListSummarySchema = contactListSchema
  .omit({ contactIds: true })
  .extend({ size: z.number() });
export type ContactListSummary = z.infer<typeof contactListSummarySchema>;
