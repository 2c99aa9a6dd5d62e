import type { StepHook } from '../backup/backup-info';
import type { NewsroomStore } from '../store/newsroom-store';
import { runContactBatch, type BatchStep } from './contact-batch-transaction';
import { listContactPhotos } from './contact-photos';
import { findContact } from './find-contact';
import { importRecordDataPath } from './import-paths';
import { readImportRecord, type ImportRecord } from './import-record';

/** What undoing an import does, or did. */
export interface ImportUndo {
  importId: string;
  /** Contacts the import added that are taken out. */
  removed: number;
  /** Contacts the import merged into that get their earlier version back. */
  restored: number;
  /** Of those, the ones edited since the import: undoing loses those edits. */
  editedSinceImport: string[];
  /** Contacts of the import deleted since: they stay deleted. */
  alreadyGone: number;
}

/** Options of {@link undoImport}. */
export interface UndoImportOptions {
  /** For tests: called after each step, to simulate a failure or a crash there. */
  afterStep?: StepHook<BatchStep>;
}

/**
 * What {@link undoImport} would do now, without doing it: for the confirmation, which should warn
 * when contacts were edited since the import. NOT_FOUND when there is no such import to undo.
 */
export async function describeImportUndo(store: NewsroomStore, importId: string): Promise<ImportUndo> {
  return planUndo(store, await readImportRecord(store.dataDir, importId)).summary;
}

/**
 * Puts the directory back as it was before an import, in one all-or-nothing step (the journal of
 * contact-batch-transaction.ts): the contacts it added are removed (and taken off any list they were
 * put on since), the contacts it merged into get their earlier version back, its photo files are
 * removed, and so is its undo record, so that it cannot be undone twice. Contacts deleted since stay
 * deleted. NOT_FOUND when there is no such import to undo.
 */
export async function undoImport(
  store: NewsroomStore,
  importId: string,
  { afterStep }: UndoImportOptions = {},
): Promise<ImportUndo> {
  const recordPath = importRecordDataPath(importId);
  const { summary, removedIds } = await runContactBatch(
    store,
    `undo of contacts import ${importId}`,
    async () => {
      const record = await readImportRecord(store.dataDir, importId);
      const plan = planUndo(store, record);
      const stored = new Set((await listContactPhotos(store.dataDir)).values());
      return {
        batch: {
          contacts: { upsert: plan.restore, remove: plan.removedIds },
          install: [],
          remove: [...record.photos.filter((path) => stored.has(path)), recordPath],
        },
        result: plan,
      };
    },
    afterStep,
  );
  await takeOffLists(store, removedIds);
  await store.contacts.whenIndexReady();
  return summary;
}

function planUndo(store: NewsroomStore, record: ImportRecord) {
  const removedIds = record.added.filter((id) => findContact(store, id));
  const restore = record.mergedBefore.filter((contact) => findContact(store, contact.id));
  const editedSinceImport = [...removedIds, ...restore.map((contact) => contact.id)].filter(
    (id) => findContact(store, id)?.updatedAt !== record.importedAt,
  );
  const summary: ImportUndo = {
    importId: record.importId,
    removed: removedIds.length,
    restored: restore.length,
    editedSinceImport,
    alreadyGone: record.added.length + record.mergedBefore.length - removedIds.length - restore.length,
  };
  return { summary, removedIds, restore };
}

/**
 * Takes removed contacts off the lists they were put on after the import. Not part of the undo's
 * all-or-nothing step: after a crash in between, a list may name a contact that no longer exists,
 * which the directory's list filter and export already pass over.
 */
async function takeOffLists(store: NewsroomStore, removedIds: readonly string[]): Promise<void> {
  const removed = new Set(removedIds);
  // Any locale: it only orders the lists, and every list is visited.
  for (const list of store.contactLists.list('en')) {
    const members = [...store.contactLists.membersOf([list.id])].filter((id) => removed.has(id));
    if (members.length > 0) await store.contactLists.remove(list.id, members);
  }
}
