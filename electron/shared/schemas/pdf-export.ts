import { z } from 'zod';
import { idSchema } from './common';

/** Why a release was not exported: how printing failed, or that its file could not be written. */
export const pdfExportFailureCodes = [
  'print-failed',
  'print-timeout',
  'printer-closed',
  'write-failed',
] as const;
export type PdfExportFailureCode = (typeof pdfExportFailureCodes)[number];

/** A release exported to a PDF file. */
export const exportedPdfSchema = z.object({
  releaseId: idSchema,
  path: z.string(),
  pages: z.number().int().positive(),
});
export type ExportedPdf = z.infer<typeof exportedPdfSchema>;

/** A release of a batch that could not be exported, and why (an English message, for the log). */
export const failedPdfSchema = z.object({
  releaseId: idSchema,
  path: z.string(),
  code: z.enum(pdfExportFailureCodes),
  message: z.string(),
});
export type FailedPdf = z.infer<typeof failedPdfSchema>;

const cancelledSchema = z.object({ kind: z.literal('cancelled') });

/** Exporting one release: cancelled in the save dialog, or exported. */
export const pdfExportOutcomeSchema = z.discriminatedUnion('kind', [
  cancelledSchema,
  exportedPdfSchema.extend({ kind: z.literal('exported') }),
]);
export type PdfExportOutcome = z.infer<typeof pdfExportOutcomeSchema>;

/** Exporting many releases to a folder: cancelled in the folder dialog, or what the batch did. */
export const pdfBatchOutcomeSchema = z.discriminatedUnion('kind', [
  cancelledSchema,
  z.object({
    kind: z.literal('finished'),
    folder: z.string(),
    done: z.array(exportedPdfSchema),
    failed: z.array(failedPdfSchema),
    /** Releases not attempted because the person pressed Cancel. */
    skipped: z.array(idSchema),
    cancelled: z.boolean(),
  }),
]);
export type PdfBatchOutcome = z.infer<typeof pdfBatchOutcomeSchema>;

/** Sent after each release of a batch, done or failed. */
export const pdfExportProgressSchema = z.object({
  completed: z.number().int().nonnegative(),
  total: z.number().int().positive(),
  releaseId: idSchema,
  outcome: z.enum(['done', 'failed']),
});
export type PdfExportProgress = z.infer<typeof pdfExportProgressSchema>;

/** The most releases one batch takes: far above a press office's archive, far below a stuck window. */
export const MAX_RELEASES_PER_BATCH = 10_000;
