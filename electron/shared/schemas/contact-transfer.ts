import { z } from 'zod';
import { idSchema } from './common';
import { contactFieldsSchema, contactSchema, phoneKinds } from './contact';
import { contactFiltersSchema, contactSortColumns } from './contact-query';

/** The largest file a contact import reads: bigger ones are refused before anything is parsed. */
export const MAX_CONTACT_IMPORT_BYTES = 50 * 1024 * 1024;
/** The most columns a CSV file may have to be mapped (as contacts-io's MAX_CSV_COLUMNS). */
export const MAX_MAPPED_COLUMNS = 1_000;
/** Rows or cards shown per page of the import preview. */
export const MAX_IMPORT_PAGE = 200;
/** The most contacts one export or one set of decisions names: twice the directory's tested size. */
export const MAX_TRANSFER_ITEMS = 200_000;

const slot = z.string().max(100);

/**
 * What one CSV column fills in a contact: the shape of contacts-io's CsvColumnTarget, which core
 * holds to this schema at compile time (contact-import-session.ts).
 */
export const csvColumnTargetSchema = z.discriminatedUnion('field', [
  z.object({ field: z.literal('ignore') }),
  z.object({
    field: z.enum([
      'givenName',
      'familyName',
      'fullName',
      'role',
      'organisation',
      'city',
      'country',
      'website',
      'notes',
      'pitchingPreferences',
      'source',
      'doNotContact',
      'consentBasis',
      'consentDate',
      'lastVerified',
    ]),
  }),
  z.object({ field: z.enum(['beats', 'tags', 'languages']), style: z.enum(['semicolons', 'google-labels']) }),
  z.object({
    field: z.literal('address'),
    part: z.enum(['street', 'postalCode', 'city', 'region', 'country']),
  }),
  z.object({ field: z.literal('email'), label: z.enum(['work', 'home', 'other']), slot: slot.optional() }),
  z.object({ field: z.literal('emailLabel'), slot }),
  z.object({ field: z.literal('phone'), kind: z.enum(phoneKinds), slot: slot.optional() }),
  z.object({ field: z.literal('phoneKind'), slot }),
  z.object({ field: z.literal('socialHandle'), network: z.string().max(40), slot: slot.optional() }),
  z.object({ field: z.literal('socialNetwork'), slot }),
]);
export type CsvColumnTargetInput = z.infer<typeof csvColumnTargetSchema>;

export const csvLayouts = [
  'newsroom',
  'google',
  'google-legacy',
  'outlook',
  'thunderbird',
  'unknown',
] as const;

/**
 * A CSV file's columns as the mapping step shows them: the headers, the first rows, what was
 * recognised, and the target of each column, in header order. Targets travel as a list rather than
 * keyed by header, since a header may be any text ("__proto__" included).
 */
export const csvSetupSchema = z.object({
  headers: z.array(z.string()),
  rows: z.array(z.array(z.string())),
  delimiter: z.enum([',', ';', '\t']),
  layout: z.enum(csvLayouts),
  targets: z.array(csvColumnTargetSchema),
});
export type CsvSetup = z.infer<typeof csvSetupSchema>;

const counts = z.object({
  new: z.number().int().nonnegative(),
  duplicates: z.number().int().nonnegative(),
  rejected: z.number().int().nonnegative(),
});

/**
 * Where an import stands after a file was read: cancelled (no file chosen, or Cancel pressed while
 * reading); refused whole (too big, or unreadable, with core's English detail); a CSV file waiting
 * for its columns to be mapped; or planned, ready for the person's decisions on duplicates.
 */
export const contactImportStepSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('cancelled') }),
  z.object({
    kind: z.literal('refused'),
    fileName: z.string(),
    reason: z.enum(['too-large', 'unreadable']),
    size: z.number().nonnegative(),
    maxSize: z.number().positive(),
    detail: z.string(),
  }),
  z.object({
    kind: z.literal('needs-mapping'),
    importId: idSchema,
    fileName: z.string(),
    csv: csvSetupSchema,
  }),
  z.object({
    kind: z.literal('planned'),
    importId: idSchema,
    fileName: z.string(),
    format: z.enum(['vcard', 'csv']),
    /** The CSV columns and the mapping used, so that the person can still correct it. */
    csv: csvSetupSchema.nullable(),
    counts,
    /** Records that come with a photo. */
    photos: z.number().int().nonnegative(),
  }),
]);
export type ContactImportStep = z.infer<typeof contactImportStepSchema>;

export const duplicateReasons = ['email', 'phone', 'name-and-outlet'] as const;
export type DuplicateReason = (typeof duplicateReasons)[number];

/** A record read from the file, as the preview shows it: its fields, without the photo's bytes. */
const recordViewSchema = contactFieldsSchema.extend({ hasPhoto: z.boolean() });
export type ImportRecordView = z.infer<typeof recordViewSchema>;

/** One page of the preview: records to be added, duplicates with what they match, or unreadable records. */
export const contactImportPageSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('new'),
    total: z.number().int().nonnegative(),
    items: z.array(z.object({ index: z.number().int().nonnegative(), record: recordViewSchema })),
  }),
  z.object({
    kind: z.literal('duplicate'),
    total: z.number().int().nonnegative(),
    items: z.array(
      z.object({
        index: z.number().int().nonnegative(),
        record: recordViewSchema,
        /** The existing contact a merge goes into; null when it repeats an earlier record only. */
        match: z.object({ contact: contactSchema, reasons: z.array(z.enum(duplicateReasons)) }).nullable(),
        /** Other existing contacts it also matches. */
        otherMatches: z.number().int().nonnegative(),
        /** The earlier record of the same file it repeats: a merge goes into what that one became. */
        sameAsRecord: z
          .object({
            index: z.number().int().nonnegative(),
            record: recordViewSchema,
            reasons: z.array(z.enum(duplicateReasons)),
          })
          .nullable(),
      }),
    ),
  }),
  z.object({
    kind: z.literal('rejected'),
    total: z.number().int().nonnegative(),
    items: z.array(
      z.object({
        record: z.number().int().nonnegative(),
        line: z.number().int().optional(),
        reason: z.string(),
      }),
    ),
  }),
]);
export type ContactImportPage = z.infer<typeof contactImportPageSchema>;

export const importDecisions = ['merge', 'keep-both', 'skip'] as const;
export const importDecisionSchema = z.enum(importDecisions);
export type ImportDecision = z.infer<typeof importDecisionSchema>;

/** Applying an import: one choice for every duplicate, and the records decided one by one. */
export const applyContactImportSchema = z.object({
  importId: idSchema,
  /** For duplicates without a decision of their own ("apply to all"). */
  duplicates: importDecisionSchema,
  decisions: z
    .array(z.object({ index: z.number().int().nonnegative(), decision: importDecisionSchema }))
    .max(MAX_TRANSFER_ITEMS),
});
export type ApplyContactImport = z.infer<typeof applyContactImportSchema>;

export const appliedContactImportSchema = z.object({
  importId: idSchema,
  fileName: z.string(),
  added: z.number().int().nonnegative(),
  merged: z.number().int().nonnegative(),
  skipped: z.number().int().nonnegative(),
  photos: z.number().int().nonnegative(),
});
export type AppliedContactImport = z.infer<typeof appliedContactImportSchema>;

export const contactImportUndoSchema = z.object({
  importId: idSchema,
  removed: z.number().int().nonnegative(),
  restored: z.number().int().nonnegative(),
  editedSinceImport: z.array(idSchema),
  alreadyGone: z.number().int().nonnegative(),
});
export type ContactImportUndo = z.infer<typeof contactImportUndoSchema>;

/** How far reading or checking a file has got, sent while an import is read. */
export const contactImportProgressSchema = z.object({
  /** Reading records from the file, then comparing them with the directory. */
  phase: z.enum(['reading', 'checking']),
  recordsRead: z.number().int().nonnegative(),
  totalRecords: z.number().int().nonnegative(),
});
export type ContactImportProgress = z.infer<typeof contactImportProgressSchema>;

/** Which contacts to export: all, the directory's current view, the ticked rows, or a list. */
export const contactSelectionSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('all') }),
  z.object({
    kind: z.literal('query'),
    query: z.object({
      text: z.string().max(200),
      filters: contactFiltersSchema,
      sort: z.object({ column: z.enum(contactSortColumns), direction: z.enum(['asc', 'desc']) }),
    }),
  }),
  z.object({ kind: z.literal('ids'), ids: z.array(idSchema).min(1).max(MAX_TRANSFER_ITEMS) }),
  z.object({ kind: z.literal('list'), listId: idSchema }),
]);
export type ContactSelectionInput = z.infer<typeof contactSelectionSchema>;

export const contactExportFormats = ['vcard4', 'vcard3', 'csv'] as const;
export type ContactExportFormat = (typeof contactExportFormats)[number];

export const exportContactsSchema = z.object({
  selection: contactSelectionSchema,
  format: z.enum(contactExportFormats),
  /** For CSV: `;` is what Excel expects where the comma is the decimal mark. */
  delimiter: z.enum([',', ';']).default(','),
  /** The start of the default file name, in the person's language; a list's own name wins. */
  baseName: z.string().trim().max(100).default(''),
});
export type ExportContactsInput = z.input<typeof exportContactsSchema>;

export const contactExportOutcomeSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('cancelled') }),
  z.object({ kind: z.literal('exported'), path: z.string(), count: z.number().int().nonnegative() }),
]);
export type ContactExportOutcome = z.infer<typeof contactExportOutcomeSchema>;
