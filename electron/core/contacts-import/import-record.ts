import { access, readdir, readFile } from 'node:fs/promises';
import { z } from 'zod';
import { AppFailure } from '../../shared/result';
import { idSchema, instantSchema } from '../../shared/schemas/common';
import { contactSchema } from '../../shared/schemas/contact';
import { dataPathOf } from '../backup/data-files';
import { errnoCode } from '../backup/fs-errors';
import { IMPORT_RECORDS_FOLDER, importRecordDataPath } from './import-paths';

/**
 * What undoing an import needs, written with the import in the same all-or-nothing step: the contacts
 * it added, the contacts it merged into as they were before, and the photo files it added.
 */
export const importRecordSchema = z.object({
  schemaVersion: z.literal(1),
  importId: z.string(),
  importedAt: instantSchema,
  /** The name of the imported file, for the list of imports that can be undone. */
  fileName: z.string().max(1_000),
  added: z.array(idSchema),
  mergedBefore: z.array(contactSchema),
  /** Data paths of the photo files the import added. */
  photos: z.array(z.string()),
});
export type ImportRecord = z.infer<typeof importRecordSchema>;

/** One import that can be undone, as the list of imports shows it. */
export interface ImportSummary {
  importId: string;
  importedAt: string;
  fileName: string;
  added: number;
  merged: number;
}

/** The undo record of an import; NOT_FOUND when there is none (never applied, or already undone). */
export async function readImportRecord(dataDir: string, importId: string): Promise<ImportRecord> {
  const path = dataPathOf(dataDir, importRecordDataPath(importId));
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    if (errnoCode(error) === 'ENOENT')
      throw new AppFailure('NOT_FOUND', `There is no import ${importId} to undo`);
    throw error;
  }
  const record = importRecordSchema.safeParse(parseJson(text));
  if (!record.success)
    throw new AppFailure('INTERNAL', `The undo record of import ${importId} is unreadable`);
  return record.data;
}

/** Whether an import with this id was applied and not undone. */
export async function importRecordExists(dataDir: string, importId: string): Promise<boolean> {
  try {
    await access(dataPathOf(dataDir, importRecordDataPath(importId)));
    return true;
  } catch (error) {
    if (errnoCode(error) === 'ENOENT') return false;
    throw error;
  }
}

/** The imports that can be undone, newest first. Unreadable records are left out. */
export async function listImports(dataDir: string): Promise<ImportSummary[]> {
  let names: string[];
  try {
    names = await readdir(dataPathOf(dataDir, IMPORT_RECORDS_FOLDER));
  } catch (error) {
    if (errnoCode(error) === 'ENOENT') return [];
    throw error;
  }
  const summaries: ImportSummary[] = [];
  for (const name of names.filter((entry) => entry.endsWith('.json'))) {
    try {
      const record = await readImportRecord(dataDir, name.slice(0, -'.json'.length));
      summaries.push({
        importId: record.importId,
        importedAt: record.importedAt,
        fileName: record.fileName,
        added: record.added.length,
        merged: record.mergedBefore.length,
      });
    } catch (error) {
      if (!(error instanceof AppFailure)) throw error;
    }
  }
  return summaries.sort((a, b) => b.importedAt.localeCompare(a.importedAt));
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
