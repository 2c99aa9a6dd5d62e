import { z } from 'zod';
import { idSchema } from '../schemas/common';
import {
  appliedContactImportSchema,
  applyContactImportSchema,
  contactExportOutcomeSchema,
  contactImportPageSchema,
  contactImportStepSchema,
  contactImportUndoSchema,
  csvColumnTargetSchema,
  exportContactsSchema,
  MAX_CONTACT_IMPORT_BYTES,
  MAX_IMPORT_PAGE,
  MAX_MAPPED_COLUMNS,
} from '../schemas/contact-transfer';

/** Base64 of at most the import limit: a bigger dropped file is refused before it is sent. */
const MAX_BASE64_LENGTH = Math.ceil(MAX_CONTACT_IMPORT_BYTES / 3) * 4;
const importIdInput = z.object({ importId: idSchema });

/**
 * Importing contacts from vCard and CSV files and exporting them. Part of the channel map in
 * channels.ts. An import is a short conversation: a file is read (from the open dialog, or dropped)
 * into a plan that main keeps; the renderer pages through it, may remap a CSV file's columns, then
 * applies it with its decisions, or discards it. Only one import is read at a time.
 */
export const contactTransferChannels = {
  'contactImport:chooseFile': {
    method: 'importContactsFromDisk',
    input: z.undefined(),
    output: contactImportStepSchema,
  },
  'contactImport:readDropped': {
    method: 'importDroppedContacts',
    input: z.object({
      fileName: z.string().min(1).max(255),
      dataBase64: z
        .string()
        .max(MAX_BASE64_LENGTH)
        .regex(/^[A-Za-z0-9+/]*={0,2}$/),
    }),
    output: contactImportStepSchema,
  },
  'contactImport:remap': {
    method: 'remapContactImport',
    input: z.object({
      importId: idSchema,
      targets: z.array(csvColumnTargetSchema).min(1).max(MAX_MAPPED_COLUMNS),
    }),
    output: contactImportStepSchema,
  },
  'contactImport:cancel': { method: 'cancelContactImport', input: z.undefined(), output: z.null() },
  'contactImport:page': {
    method: 'getContactImportPage',
    input: z.object({
      importId: idSchema,
      kind: z.enum(['new', 'duplicate', 'rejected']),
      offset: z.number().int().min(0).max(10_000_000),
      limit: z.number().int().min(1).max(MAX_IMPORT_PAGE),
    }),
    output: contactImportPageSchema,
  },
  'contactImport:apply': {
    method: 'applyContactImport',
    input: applyContactImportSchema,
    output: appliedContactImportSchema,
  },
  'contactImport:discard': { method: 'discardContactImport', input: importIdInput, output: z.null() },
  'contactImport:undo': {
    method: 'undoContactImport',
    input: importIdInput,
    output: contactImportUndoSchema,
  },
  'contacts:export': {
    method: 'exportContacts',
    input: exportContactsSchema,
    output: contactExportOutcomeSchema,
  },
} as const;

/** The names of the channels above: all of them served by main, with the desktop at hand. */
export type ContactTransferChannel = keyof typeof contactTransferChannels;
