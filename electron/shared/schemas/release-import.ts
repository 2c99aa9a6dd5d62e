import { z } from 'zod';
import { calendarDateSchema } from './common';
import { releaseLanguageSchema } from './release';
import { richTextDocSchema } from './rich-text';

const importFormats = z.enum(['docx', 'markdown', 'html', 'text']);

/** The release fields an imported file gave, each as the release model types it. */
export const importedReleaseFieldsSchema = z.object({
  headline: z.string().max(1_000),
  subheadline: z.string().max(1_000),
  dateline: z.object({ place: z.string().max(500), date: calendarDateSchema.nullable() }),
  body: richTextDocSchema,
  notesToEditors: z.array(z.string().max(20_000)).max(50),
  moreInformation: z.array(z.object({ label: z.string().max(500), url: z.string().max(2_000) })).max(50),
  pressContactText: z.string().max(20_000),
  reference: z.string().max(500),
  language: releaseLanguageSchema.nullable(),
});
export type ImportedReleaseFields = z.infer<typeof importedReleaseFieldsSchema>;

/** What the import left out or changed, as codes the interface translates. */
export const releaseImportWarningSchema = z.discriminatedUnion('code', [
  z.object({ code: z.literal('dropped-script'), count: z.number() }),
  z.object({ code: z.literal('dropped-event-handler'), count: z.number() }),
  z.object({ code: z.literal('dropped-image'), count: z.number() }),
  z.object({ code: z.literal('dropped-embedded-content'), count: z.number() }),
  z.object({ code: z.literal('dropped-form'), count: z.number() }),
  z.object({ code: z.literal('dropped-hidden-text'), count: z.number() }),
  z.object({ code: z.literal('flattened-table'), count: z.number() }),
  z.object({ code: z.literal('unsupported-link'), count: z.number(), examples: z.array(z.string()) }),
  z.object({ code: z.literal('embargo-line-kept'), text: z.string() }),
  z.object({ code: z.literal('docx-reader-message'), message: z.string() }),
  z.object({ code: z.literal('shortened'), field: z.string() }),
]);

/** Why a file could not be imported at all. */
export const releaseImportProblemSchema = z.discriminatedUnion('code', [
  z.object({ code: z.literal('unsupported-file-type'), extension: z.string() }),
  z.object({ code: z.literal('file-too-large'), size: z.number(), maxSize: z.number() }),
  z.object({ code: z.literal('empty-file') }),
  z.object({ code: z.literal('not-text'), format: importFormats }),
  z.object({ code: z.literal('unreadable-docx'), detail: z.string() }),
  z.object({ code: z.literal('no-content') }),
]);

/** The outcome of importing one file: the fields found, a refusal with its reason, or no file chosen. */
export const releaseImportOutcomeSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('imported'),
    fileName: z.string(),
    format: importFormats,
    fields: importedReleaseFieldsSchema,
    recognised: z.array(z.object({ field: z.string(), rule: z.string(), text: z.string() })),
    warnings: z.array(releaseImportWarningSchema),
  }),
  z.object({ kind: z.literal('refused'), fileName: z.string(), problem: releaseImportProblemSchema }),
  z.object({ kind: z.literal('cancelled') }),
]);
export type ReleaseImportOutcome = z.infer<typeof releaseImportOutcomeSchema>;

/** A file sent from the page (dropped on the release list): its name and bytes in base64. */
export const importedFileSchema = z.object({
  fileName: z.string().min(1).max(255),
  // 50 MB of file, as base64.
  dataBase64: z.string().max(70_000_000),
});
