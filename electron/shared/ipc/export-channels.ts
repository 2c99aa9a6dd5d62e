import { z } from 'zod';
import { idSchema } from '../schemas/common';
import { MAX_RELEASES_PER_BATCH, pdfBatchOutcomeSchema, pdfExportOutcomeSchema } from '../schemas/pdf-export';

/** A file the app wrote during this session; main refuses any other path. */
const exportedFileInput = z.object({ path: z.string().min(1).max(4_096) });

/**
 * Exporting releases to PDF, and opening what was exported. Part of the channel map in channels.ts;
 * a file of its own so that the map stays readable.
 */
export const exportChannels = {
  'pdf:exportRelease': {
    method: 'exportReleasePdf',
    input: z.object({ id: idSchema }),
    output: pdfExportOutcomeSchema,
  },
  'pdf:exportReleases': {
    method: 'exportReleasesPdf',
    input: z.object({ ids: z.array(idSchema).min(1).max(MAX_RELEASES_PER_BATCH) }),
    output: pdfBatchOutcomeSchema,
  },
  'pdf:cancelExport': { method: 'cancelPdfExport', input: z.undefined(), output: z.null() },
  'exports:open': { method: 'openExportedFile', input: exportedFileInput, output: z.null() },
  'exports:showInFolder': { method: 'showExportedFile', input: exportedFileInput, output: z.null() },
} as const;
