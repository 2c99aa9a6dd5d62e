import { z } from 'zod';
import {
  calendarDateSchema,
  emailAddressSchema,
  idSchema,
  instantSchema,
  longTextSchema,
  shortTextSchema,
  tagSchema,
} from './common';

export const emailSchema = z.object({
  address: emailAddressSchema,
  label: z.enum(['work', 'home', 'other']),
});

export const phoneKinds = ['tel', 'mobile', 'fax'] as const;
export const phoneSchema = z.object({
  number: z.string().trim().min(1).max(60),
  kind: z.enum(phoneKinds),
});

export const postalAddressSchema = z.object({
  street: shortTextSchema,
  postalCode: z.string().max(20),
  city: shortTextSchema,
  region: shortTextSchema,
  country: shortTextSchema,
});

export const socialHandleSchema = z.object({
  network: z.string().trim().min(1).max(40),
  handle: z.string().trim().min(1).max(200),
});

export const consentBases = ['consent', 'legitimate-interest', 'contract', 'public-task', 'unknown'] as const;

/** The fields a person edits. Identity and timestamps are added by core. */
export const contactFieldsSchema = z.object({
  givenName: shortTextSchema,
  familyName: shortTextSchema,
  role: shortTextSchema,
  organisation: shortTextSchema,
  beats: z.array(tagSchema).max(50),
  languages: z.array(z.string().min(2).max(20)).max(20),
  country: shortTextSchema,
  city: shortTextSchema,
  emails: z.array(emailSchema).max(20),
  phones: z.array(phoneSchema).max(20),
  address: postalAddressSchema.nullable(),
  website: z.string().max(2_000),
  social: z.array(socialHandleSchema).max(20),
  tags: z.array(tagSchema).max(50),
  notes: longTextSchema,
  pitchingPreferences: longTextSchema,
  doNotContact: z.boolean(),
  consent: z.object({
    basis: z.enum(consentBases),
    date: calendarDateSchema.nullable(),
  }),
  source: shortTextSchema,
  lastVerified: calendarDateSchema.nullable(),
});
export type ContactFields = z.infer<typeof contactFieldsSchema>;

export const contactSchema = contactFieldsSchema.extend({
  id: idSchema,
  createdAt: instantSchema,
  updatedAt: instantSchema,
});
export type Contact = z.infer<typeof contactSchema>;

/** An edited contact as the renderer sends it: core keeps the creation time and stamps the change. */
export const contactUpdateSchema = contactFieldsSchema.extend({ id: idSchema });
export type ContactUpdate = z.infer<typeof contactUpdateSchema>;

/** An empty contact: what every field holds before someone fills it in. */
export function blankContactFields(): ContactFields {
  return {
    givenName: '',
    familyName: '',
    role: '',
    organisation: '',
    beats: [],
    languages: [],
    country: '',
    city: '',
    emails: [],
    phones: [],
    address: null,
    website: '',
    social: [],
    tags: [],
    notes: '',
    pitchingPreferences: '',
    doNotContact: false,
    consent: { basis: 'unknown', date: null },
    source: '',
    lastVerified: null,
  };
}

/** A new contact: any field may start empty, but core refuses one without a name or organisation. */
export const newContactInputSchema = contactFieldsSchema.partial().extend({
  givenName: shortTextSchema.default(''),
  familyName: shortTextSchema.default(''),
});
export type NewContactInput = z.input<typeof newContactInputSchema>;

/** A contact must be findable: it needs a given name, a family name or an organisation. */
export function hasIdentity(
  fields: Pick<ContactFields, 'givenName' | 'familyName' | 'organisation'>,
): boolean {
  return [fields.givenName, fields.familyName, fields.organisation].some((part) => part.trim() !== '');
}
