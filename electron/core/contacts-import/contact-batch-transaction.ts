import { setImmediate as nextTurn } from 'node:timers/promises';
import type { StepHook } from '../backup/backup-info';
import type { DataFileContent } from '../backup/data-files';
import { writeFailure } from '../backup/fs-errors';
import {
  applyRestore,
  commitRestore,
  completeInterruptedRestore,
  discardRestoreFolder,
  stageRestore,
  type ApplyStep,
  type RestoreJournal,
} from '../backup/restore-journal';
import type { ContactBatch } from '../repositories/contacts-repository';
import { contactShardCodec } from '../store/documents';
import type { NewsroomStore } from '../store/newsroom-store';
import { shardDataPath } from './import-paths';

/**
 * The points at which an import or its undo can be interrupted, for tests: after the new files are
 * staged, after the journal is written (the commit point), at each step of putting the files in place
 * (restore-journal.ts), and once memory holds the result.
 */
export type BatchStep = 'staged' | 'journal-written' | ApplyStep | 'memory-updated';

/** What an import or an undo changes: contacts, and files beside the shards. */
export interface PreparedBatch {
  contacts: ContactBatch;
  /** Files to put in place with the shards: photos, an undo record. */
  install: { path: string; bytes: Uint8Array }[];
  /** Data files to take away: photos, an undo record. */
  remove: string[];
}

/**
 * Makes a batch of contact changes all-or-nothing across every shard file it touches and the files
 * beside them, with the journal that backup restores use (restore-journal.ts):
 *
 * 1. `prepare` runs with the contact shards to this batch alone (ContactsRepository.exclusively), so
 *    it sees the directory as the batch will change it.
 * 2. Stage: the new content of each touched shard, and the other files, are written and fsynced under
 *    `.restore/incoming/`. A crash here leaves the directory as it was; the next start deletes them.
 * 3. Commit: `.restore/journal.json` lists the files to install and to remove. From then on the batch
 *    will be finished whatever happens.
 * 4. Apply: each staged file is renamed over its data file, the files to remove are moved aside, the
 *    journal is deleted. After a crash, NewsroomStore.open finishes this step before reading any file.
 * 5. Memory takes the new shards (ContactsRepository.adoptShards), and the search index follows.
 *
 * If step 4 fails (a disk error), it is tried once more. If it fails again, memory still takes the new
 * state, which the disk will have once the folder is next opened, and this rejects with WRITE_FAILED
 * saying so.
 */
export async function runContactBatch<T>(
  store: NewsroomStore,
  description: string,
  prepare: () => Promise<{ batch: PreparedBatch; result: T }>,
  afterStep?: StepHook<BatchStep>,
): Promise<T> {
  const { dataDir } = store;
  return store.contacts.exclusively(async () => {
    // A batch whose last step failed earlier in this session is finished before another is staged.
    await completeInterruptedRestore(dataDir);
    const { batch, result } = await prepare();
    const shards = store.contacts.nextShardContents(batch.contacts);
    const files: DataFileContent[] = [];
    for (const [shard, contacts] of shards) {
      files.push({
        path: shardDataPath(shard),
        bytes: Buffer.from(contactShardCodec.encode({ schemaVersion: 1, contacts })),
      });
      // Encoding a shard of 3,000 contacts takes about 30 ms: let the event loop in between.
      await nextTurn();
    }
    for (const file of batch.install) {
      files.push({
        path: file.path,
        bytes: Buffer.from(file.bytes.buffer, file.bytes.byteOffset, file.bytes.byteLength),
      });
    }
    const journal: RestoreJournal = {
      schemaVersion: 1,
      source: description,
      install: files.map((file) => file.path),
      remove: batch.remove,
    };

    try {
      await stageRestore(dataDir, files);
      await afterStep?.('staged');
      await commitRestore(dataDir, journal);
    } catch (error) {
      await discardRestoreFolder(dataDir);
      throw writeFailure(`the ${description} into ${dataDir}`, error);
    }
    let unfinished: unknown = null;
    try {
      await afterStep?.('journal-written');
      await applyRestore(dataDir, journal, afterStep);
    } catch (error) {
      // Every step of applying can be run again: one more try gets past a passing fault.
      unfinished = await applyRestore(dataDir, journal, afterStep).then(
        () => null,
        () => error,
      );
    }
    store.contacts.adoptShards(shards);
    await afterStep?.('memory-updated');
    if (unfinished !== null) {
      throw writeFailure(
        `the ${description} into ${dataDir} (it will be finished when the data folder is next opened)`,
        unfinished,
      );
    }
    return result;
  });
}
