import { performance } from 'node:perf_hooks';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBackup } from '../../../../../electron/core/backup/create-backup';
import { listBackups, verifyBackup } from '../../../../../electron/core/backup/list-backups';
import { restoreBackup } from '../../../../../electron/core/backup/restore-backup';
import { writeGeneratedStore } from '../../../../support/generated-store';
import { makeTempDir, removeTempDir } from '../../../../support/temp-dir';

/**
 * Backups of a large store: 20,000 contacts and 2,000 releases (about 2,000 files, 15 MB). A backup
 * runs at start-up and every 15 minutes in the main process, so it must stay well under a second or
 * two; listing runs each time the Settings screen opens.
 */
const SIZE = { contacts: 20_000, releases: 2_000 };

let dataDir: string;
beforeAll(async () => {
  dataDir = await makeTempDir();
  await writeGeneratedStore(dataDir, SIZE);
});
afterAll(() => removeTempDir(dataDir));

async function timed<T>(run: () => Promise<T>): Promise<{ ms: number; result: T }> {
  const start = performance.now();
  const result = await run();
  return { ms: performance.now() - start, result };
}
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const round = (ms: number) => Math.round(ms);

describe(`backups of ${SIZE.contacts} contacts and ${SIZE.releases} releases`, () => {
  it('take well under two seconds, list fast, and verify and restore in a few seconds', async () => {
    const runs: number[] = [];
    let size = 0;
    let files = 0;
    for (let run = 0; run < 3; run += 1) {
      const { ms, result } = await timed(() =>
        createBackup(dataDir, { reason: 'interval', now: new Date(Date.UTC(2026, 10, 28, 9, run)) }),
      );
      runs.push(ms);
      size = result.sizeBytes;
      files = result.fileCount;
    }
    for (let run = 3; run < 10; run += 1) {
      await createBackup(dataDir, { reason: 'interval', now: new Date(Date.UTC(2026, 10, 28, 9, run)) });
    }
    const listing = await timed(() => listBackups(dataDir));
    const verifying = await timed(() => verifyBackup(dataDir, listing.result[0]!.id));
    const restoring = await timed(() => restoreBackup(dataDir, listing.result[0]!.id));

    console.log(
      [
        `backup of ${files} files, ${(size / 1024 / 1024).toFixed(1)} MB:`,
        `  createBackup runs ${runs.map(round).join(', ')} ms, median ${round(median(runs))} ms`,
        `  listBackups of ${listing.result.length} backups (manifest and size only) ${round(listing.ms)} ms`,
        `  verifyBackup of one (every SHA-256) ${round(verifying.ms)} ms`,
        `  restoreBackup (verify, before-restore backup, staging with fsync, swap) ${round(restoring.ms)} ms`,
      ].join('\n'),
    );
    expect(files).toBe(SIZE.releases + 1 + 32);
    expect(median(runs)).toBeLessThan(2_000);
    expect(listing.ms).toBeLessThan(1_000);
    expect(verifying.result.damage).toBeNull();
    expect(restoring.ms).toBeLessThan(15_000);
  });
});
