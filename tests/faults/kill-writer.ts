/*
 * The long kill test: `npm run test:faults` (1,000 trials by default, `--trials N` to change).
 * Prints a table of trials, failures and data lost; exits 1 when anything was lost or unreadable.
 */
import { runKillTrials } from './kill-trials';

const trialsFlag = process.argv.indexOf('--trials');
const trials = trialsFlag === -1 ? 1_000 : Number(process.argv[trialsFlag + 1]);
if (!Number.isInteger(trials) || trials < 1) {
  console.error('usage: kill-writer [--trials N]');
  process.exit(2);
}

const started = Date.now();
const report = await runKillTrials(trials, 150, (done) => {
  if (done % 50 === 0) process.stderr.write(`  ${done}/${trials} kills\n`);
});
const seconds = ((Date.now() - started) / 1000).toFixed(1);

console.log('\nSIGKILL of a process writing to the store');
console.table({
  'kill trials': report.trials,
  'acknowledged writes': report.acknowledgedWrites,
  'unreadable files': report.unreadableFiles,
  'quarantined files': report.quarantinedFiles,
  'lost acknowledged writes': report.lostAcknowledgedWrites,
  'stray temp files (removed on next open)': report.strayTempFiles,
  seconds: Number(seconds),
});
for (const problem of report.problems.slice(0, 20)) console.log(problem);
process.exit(report.unreadableFiles + report.quarantinedFiles + report.lostAcknowledgedWrites === 0 ? 0 : 1);
