import { makeTempDir, removeTempDir } from '../support/temp-dir';
import { AppFailure } from '../../electron/shared/result';
import { bundleChild, startChild } from './child-process';
import { emptyRow, fail, type FaultRow } from './fault-report';
import { changedFiles, hashFiles, openTrialStore } from './store-files';

/**
 * A second program on the same data folder. Each trial: while one process holds the store, opening
 * it again is refused with STORE_LOCKED and changes no file; once the holder is killed, its lock is
 * taken over; and two processes starting at the same moment never both get the store.
 */
export async function runSecondWriterTrials(trials: number): Promise<FaultRow> {
  const row = emptyRow('second writer', 'a second process opens a held store; two start at once');
  const work = await makeTempDir('newsroom-second-writer-');
  try {
    const child = await bundleChild('store-holder-child.ts', work);
    for (let trial = 1; trial <= trials; trial += 1) {
      row.trials += 1;
      const problem = (text: string) => fail(row, `trial ${trial}: ${text}`);
      const dataDir = await makeTempDir('newsroom-second-writer-data-');
      try {
        const holder = startChild(child, ['hold', dataDir]);
        await holder.line((line) => line === 'ready');
        const before = await hashFiles(dataDir);
        try {
          const store = await openTrialStore(dataDir, 'the second writer');
          await store.close();
          problem('a second writer opened a store another process holds');
        } catch (error) {
          if (!(error instanceof AppFailure && error.code === 'STORE_LOCKED'))
            problem(`refused with ${String(error)}`);
        }
        const changed = changedFiles(before, await hashFiles(dataDir));
        if (changed.length > 0) problem(`the refused writer changed ${changed.join(', ')}`);

        holder.process.kill('SIGKILL');
        await holder.exited;
        const racers = [startChild(child, ['race', dataDir]), startChild(child, ['race', dataDir])];
        const answers = await Promise.all(
          racers.map((racer) => racer.line((line) => /^(opened|locked)/.test(line))),
        );
        const opened = answers.filter((answer) => answer.startsWith('opened'));
        // Both may open one after the other, if the first has closed by then; never at the same time.
        if (opened.length === 0) problem('neither process could take over the dead holder’s lock');
        const held = opened.map((answer) => answer.split(' ').slice(2).map(Number) as [number, number]);
        if (held.length === 2 && held[0]![0] < held[1]![1] && held[1]![0] < held[0]![1]) {
          problem('two processes held the store at the same time');
        }
        const store = await openTrialStore(dataDir, 'the second-writer checker');
        try {
          for (const answer of opened) {
            const id = answer.split(' ')[1] ?? '';
            try {
              store.contacts.get(id);
            } catch {
              row.dataLost += 1;
              problem(`the contact ${id} written by a racer is missing`);
            }
          }
        } finally {
          await store.close();
        }
      } catch (error) {
        problem(`threw ${error instanceof Error ? error.message : String(error)}`);
      } finally {
        await removeTempDir(dataDir);
      }
    }
  } finally {
    await removeTempDir(work);
  }
  return row;
}
