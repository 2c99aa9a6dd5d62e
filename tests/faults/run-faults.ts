/*
 * `npm run test:faults`: the fault-injection suite. SIGKILL of a writing process (1,000 trials, or
 * `--trials N`), a full disk, a second writer, and every kind of store file damaged every way.
 * `--quick` is the shorter form CI runs; `--inject-disk-full` fakes the full disk even where a tmpfs
 * could be mounted. Prints a table of trials, failures and data lost, then each
 * problem; exits 1 when any trial failed or anything was lost.
 */
import { parseArgs } from 'node:util';
import { runCorruptFileTrials } from './corrupt-files';
import type { FaultRow } from './fault-report';
import { runFullDiskTrials } from './full-disk';
import { runKillTrials } from './kill-trials';
import { runSecondWriterTrials } from './second-writer';

const { values } = parseArgs({
  options: {
    trials: { type: 'string' },
    quick: { type: 'boolean', default: false },
    // Injected ENOSPC even where a tmpfs can be mounted, to run the fallback.
    'inject-disk-full': { type: 'boolean', default: false },
  },
});
const killTrials = Number(values.trials ?? (values.quick ? 100 : 1_000));
if (!Number.isInteger(killTrials) || killTrials < 1) {
  console.error('usage: run-faults [--quick] [--trials N]');
  process.exit(2);
}

const started = Date.now();
const rows: FaultRow[] = [];
const timed = async (name: string, run: () => Promise<FaultRow>) => {
  process.stderr.write(`${name}…\n`);
  const at = Date.now();
  const row = await run();
  rows.push(row);
  process.stderr.write(`  ${row.trials} trials in ${((Date.now() - at) / 1000).toFixed(1)} s\n`);
};

await timed('SIGKILL of a writing process', async () => {
  const report = await runKillTrials(killTrials, 150, (done) => {
    if (done % 100 === 0) process.stderr.write(`  ${done}/${killTrials} kills\n`);
  });
  return {
    fault: 'SIGKILL while writing',
    trials: report.trials,
    failures: report.unreadableFiles + report.quarantinedFiles,
    dataLost: report.lostAcknowledgedWrites,
    note: `${report.acknowledgedWrites} acknowledged writes checked; ${report.unreadableFiles} unreadable files; ${report.strayTempFiles} stray temp files (removed on the next open)`,
    problems: report.problems,
  };
});
await timed('Disk full', () =>
  runFullDiskTrials(values.quick ? 5 : 20, { injected: values['inject-disk-full'] }),
);
await timed('Second writer', () => runSecondWriterTrials(values.quick ? 5 : 20));
await timed('Corrupt files', () => runCorruptFileTrials());

console.log(`\nFault suite (${((Date.now() - started) / 1000).toFixed(0)} s)`);
console.table(
  rows.map(({ fault, trials, failures, dataLost, note }) => ({
    fault,
    trials,
    failures,
    'data lost': dataLost,
    how: note,
  })),
);
const problems = rows.flatMap((row) => row.problems.map((problem) => `${row.fault}: ${problem}`));
for (const problem of problems.slice(0, 50)) console.log(problem);
if (problems.length > 50) console.log(`… and ${problems.length - 50} more`);
process.exit(rows.every((row) => row.failures === 0 && row.dataLost === 0) ? 0 : 1);
