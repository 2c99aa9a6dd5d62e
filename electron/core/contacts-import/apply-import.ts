import { randomUUID } from 'node:crypto';
import { AppFailure } from '../../shared/result';
import type { StepHook } from '../backup/backup-info';
import type { NewsroomStore } from '../store/newsroom-store';
import { runContactBatch, type BatchStep } from './contact-batch-transaction';
import { listContactPhotos, photoExtensionOf } from './contact-photos';
import { findContact } from './find-contact';
import { importRecordDataPath, photoDataPath } from './import-paths';
import { importRecordExists, type ImportRecord } from './import-record';
import type { ImportPlan } from './plan-import';
import { resolveImport, type ImportDecision } from './resolve-import';

/** Options of {@link applyImport}. */
export interface ApplyImportOptions {
  /** Names the import, for undoImport; letters, digits and dashes (a UUID). */
  importId: string;
  /** The time the new and merged contacts are stamped with. */
  now: Date;
  /** The imported file's name, shown in the list of imports that can be undone. */
  fileName?: string;
  /** For tests: called after each step, to simulate a failure or a crash there. */
  afterStep?: StepHook<BatchStep>;
}

/** What an import did. */
export interface AppliedImport {
  importId: string;
  /** Records added as new contacts. */
  added: number;
  /** Records merged into a contact. */
  merged: number;
  skipped: number;
  /** Photo files stored. */
  photos: number;
}

/**
 * Applies an import as the person decided it (see resolveImport for what each decision does), all or
 * nothing across every contact shard, photo file and the undo record it writes (see
 * contact-batch-transaction.ts for how). Photos are stored as `contacts/photos/<contact id>.<ext>`.
 * Resolves once the directory and its search index show the result.
 *
 * Throws INVALID_INPUT for decisions that do not fit the plan and for an id already applied, READ_ONLY
 * when a shard it would change comes from a newer version, WRITE_FAILED when the disk fails.
 */
export async function applyImport(
  store: NewsroomStore,
  plan: ImportPlan,
  decisions: Readonly<Record<number, ImportDecision>>,
  { importId, now, fileName = '', afterStep }: ApplyImportOptions,
): Promise<AppliedImport> {
  const recordPath = importRecordDataPath(importId);
  const applied = await runContactBatch(
    store,
    `contacts import ${importId}`,
    async () => {
      if (await importRecordExists(store.dataDir, importId)) {
        throw new AppFailure('INVALID_INPUT', `The import ${importId} was already applied`);
      }
      const photos = await listContactPhotos(store.dataDir);
      const resolved = resolveImport(plan, decisions, {
        find: (id) => findContact(store, id),
        hasPhoto: (id) => photos.has(id),
        now: now.toISOString(),
        newId: randomUUID,
      });
      const photoFiles = resolved.photos.map(({ contactId, photo }) => ({
        path: photoDataPath(contactId, photoExtensionOf(photo.mimeType)),
        bytes: photo.bytes,
      }));
      const record: ImportRecord = {
        schemaVersion: 1,
        importId,
        importedAt: now.toISOString(),
        fileName,
        added: resolved.added.map((contact) => contact.id),
        mergedBefore: resolved.merged.map((change) => change.before),
        photos: photoFiles.map((file) => file.path),
      };
      return {
        batch: {
          contacts: {
            upsert: [...resolved.added, ...resolved.merged.map((change) => change.after)],
            remove: [],
          },
          install: [...photoFiles, { path: recordPath, bytes: Buffer.from(JSON.stringify(record)) }],
          remove: [],
        },
        result: { importId, ...resolved.counts, photos: photoFiles.length },
      };
    },
    afterStep,
  );
  await store.contacts.whenIndexReady();
  return applied;
}
