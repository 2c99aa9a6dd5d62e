import { describe, expect, it } from 'vitest';
import { runKillTrials } from '../../../../faults/kill-trials';

describe('a writer killed with SIGKILL at random moments', () => {
  it('never leaves an unreadable file and never loses an acknowledged write (200 kills)', async () => {
    const report = await runKillTrials(200);
    console.log(
      `SIGKILL trials: ${report.trials}, acknowledged writes checked: ${report.acknowledgedWrites}, ` +
        `unreadable files: ${report.unreadableFiles}, quarantined: ${report.quarantinedFiles}, ` +
        `lost: ${report.lostAcknowledgedWrites}, stray temp files removed: ${report.strayTempFiles}`,
    );
    expect(report.problems).toEqual([]);
    expect(report.trials).toBe(200);
    expect(report.acknowledgedWrites).toBeGreaterThan(200);
    expect(report.unreadableFiles).toBe(0);
    expect(report.quarantinedFiles).toBe(0);
    expect(report.lostAcknowledgedWrites).toBe(0);
  }, 300_000);
});
