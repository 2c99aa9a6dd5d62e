import { readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { applyImport } from '../../../../../electron/core/contacts-import/apply-import';
import type { StepHook } from '../../../../../electron/core/backup/backup-info';
import type { BatchStep } from '../../../../../electron/core/contacts-import/contact-batch-transaction';
import { undoImport } from '../../../../../electron/core/contacts-import/undo-import';
import { LOCK_FILE } from '../../../../../electron/core/store/store-lock';
import type { NewsroomStore } from '../../../../../electron/core/store/newsroom-store';
import { makeTempDir, removeTempDir } from '../../../../support/temp-dir';
import { crashAt, failAt, runUntilCrash } from '../backup/support/crash-at';
import * as scenario from './support/import-scenario';

type Snapshot = Awaited<ReturnType<typeof scenario.snapshotDirectory>>;

const importId = 'crash-test-import';
/** Each step, which time it is reached (files are installed one by one), and the state the next start must show. */
const steps: readonly [BatchStep, number, 'before' | 'after'][] = [
  ['staged', 1, 'before'],
  ['journal-written', 1, 'after'],
  ['file-installed', 1, 'after'],
  ['file-installed', 3, 'after'],
  ['files-swapped', 1, 'after'],
  ['journal-removed', 1, 'after'],
  ['memory-updated', 1, 'after'],
];

let dataDir: string;
let store: NewsroomStore;
/** The directory without the import and with it, from a run that was not interrupted. */
let withoutImport: Snapshot;
let withImport: Snapshot;

const applyScenario = async (current: NewsroomStore, afterStep?: StepHook<BatchStep>) =>
  applyImport(current, await scenario.scenarioPlan(current), scenario.scenarioDecisions, {
    importId,
    now: scenario.importTime,
    afterStep,
  });

beforeEach(async () => {
  dataDir = await makeTempDir();
  store = await scenario.openScenarioStore(dataDir);
  await scenario.seedDirectory(store);
  await store.contactIndexReady;
  if (!withImport) {
    const reference = await makeTempDir();
    const other = await scenario.openScenarioStore(reference);
    await scenario.seedDirectory(other);
    withoutImport = await scenario.snapshotDirectory(other);
    await applyScenario(other);
    withImport = await scenario.snapshotDirectory(other);
    await other.close();
    await removeTempDir(reference);
  }
});
afterEach(() => removeTempDir(dataDir));

/** The next start after the process died: its lock is left behind, as by a crash, and the store reopened. */
async function restartAfterCrash(): Promise<NewsroomStore> {
  await rm(join(dataDir, LOCK_FILE));
  const reopened = await scenario.openScenarioStore(dataDir);
  await reopened.contactIndexReady;
  return reopened;
}

/** The state is one of the two, whole: the files, the search index and no journal left behind. */
async function expectWhole(current: NewsroomStore, state: 'before' | 'after'): Promise<void> {
  expect(await scenario.snapshotDirectory(current)).toEqual(state === 'before' ? withoutImport : withImport);
  expect(await scenario.searchCount(current, 'larsen')).toBe(state === 'after' ? 1 : 0);
  expect(await scenario.searchCount(current, 'chefredakteur')).toBe(0);
  expect((await readdir(dataDir)).filter((name) => name.startsWith('.'))).toEqual([]);
  expect(current.notices).toEqual([]);
}

describe('an import interrupted by a crash', () => {
  it('has two different states to end in, so that each case shows which one it left', () => {
    expect(withImport).not.toEqual(withoutImport);
  });

  for (const [step, occurrence, state] of steps) {
    it(`after ${step} #${occurrence} leaves the directory ${state} the import, whole, at the next start`, async () => {
      const { hook, reached } = crashAt(step, occurrence);
      await runUntilCrash(applyScenario(store, hook), reached);
      const reopened = await restartAfterCrash();
      await expectWhole(reopened, state);
      await reopened.close();
    });
  }
});

describe('an undo interrupted by a crash', () => {
  for (const [step, occurrence, state] of steps) {
    // Undoing goes from "after" back to "before": the journal is again the commit point.
    const expected = state === 'before' ? 'after' : 'before';
    it(`after ${step} #${occurrence} leaves the directory ${expected} the import, whole, at the next start`, async () => {
      await applyScenario(store);
      const { hook, reached } = crashAt(step, occurrence);
      await runUntilCrash(undoImport(store, importId, { afterStep: hook }), reached);
      const reopened = await restartAfterCrash();
      await expectWhole(reopened, expected);
      await reopened.close();
    });
  }
});

describe('an import that meets a disk error', () => {
  it('before the commit point fails and changes nothing, in memory or on disk', async () => {
    await expect(applyScenario(store, failAt<BatchStep>('staged'))).rejects.toMatchObject({
      code: 'WRITE_FAILED',
      message: expect.stringContaining('the disk reported an input/output error'),
    });
    await expectWhole(store, 'before');
    await store.close();
    store = await scenario.openScenarioStore(dataDir);
    await expectWhole(store, 'before');
    await store.close();
  });

  it('after the commit point tries again, and lands when the fault has passed', async () => {
    let failures = 0;
    const failOnce: StepHook<BatchStep> = (step) => {
      if (step === 'file-installed' && failures++ === 0)
        throw Object.assign(new Error('EIO'), { code: 'EIO' });
    };
    await applyScenario(store, failOnce);
    expect(failures).toBeGreaterThan(1);
    await expectWhole(store, 'after');
    await store.close();
  });

  it('after the commit point fails saying it will be finished, shows the result, and finishes at the next start', async () => {
    await expect(applyScenario(store, failAt<BatchStep>('file-installed'))).rejects.toMatchObject({
      code: 'WRITE_FAILED',
      message: expect.stringContaining('it will be finished when the data folder is next opened'),
    });
    expect(await scenario.searchCount(store, 'larsen')).toBe(1);
    await store.close();
    store = await scenario.openScenarioStore(dataDir);
    await expectWhole(store, 'after');
    await store.close();
  });

  it('after the commit point is finished by the next import of the same session', async () => {
    await expect(applyScenario(store, failAt<BatchStep>('files-swapped'))).rejects.toMatchObject({
      code: 'WRITE_FAILED',
    });
    await undoImport(store, importId);
    await expectWhole(store, 'before');
    await store.close();
  });
});
