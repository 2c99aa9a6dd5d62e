import { spawnSync } from 'node:child_process';
import { hostname } from 'node:os';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LOCK_FILE, StoreLock } from '../../../../../electron/core/store/store-lock';
import { makeTempDir, removeTempDir } from '../../../../support/temp-dir';

let dir: string;
beforeEach(async () => {
  dir = await makeTempDir();
});
afterEach(() => removeTempDir(dir));

/** The pid of a process that has exited, so certainly not running. */
function deadPid(): number {
  const child = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))']);
  return Number(child.stdout.toString());
}

describe('StoreLock', () => {
  it('refuses a second writer on the same folder and names the first one', async () => {
    const lock = await StoreLock.acquire(dir, 'the Newsroom app');
    await expect(StoreLock.acquire(dir, 'the command line')).rejects.toMatchObject({
      code: 'STORE_LOCKED',
      message: expect.stringContaining('the Newsroom app'),
    });
    await lock.release();
    const again = await StoreLock.acquire(dir, 'the command line');
    await again.release();
  });

  it('takes over a lock left by a process that died', async () => {
    const pid = deadPid();
    await writeFile(
      join(dir, LOCK_FILE),
      JSON.stringify({ pid, hostname: hostname(), holder: 'crashed', since: '' }),
    );
    const lock = await StoreLock.acquire(dir, 'the Newsroom app');
    expect((JSON.parse(await readFile(join(dir, LOCK_FILE), 'utf8')) as { pid: number }).pid).toBe(
      process.pid,
    );
    await lock.release();
  });

  it("gives a dead process's lock to one of two writers that find it at the same moment, never both", async () => {
    for (let round = 0; round < 20; round += 1) {
      await writeFile(
        join(dir, LOCK_FILE),
        JSON.stringify({ pid: deadPid(), hostname: hostname(), holder: 'crashed', since: String(round) }),
      );
      const outcomes = await Promise.allSettled([
        StoreLock.acquire(dir, 'the Newsroom app'),
        StoreLock.acquire(dir, 'the command line'),
      ]);
      const taken = outcomes.filter((outcome) => outcome.status === 'fulfilled');
      expect(taken).toHaveLength(1);
      expect(outcomes.find((outcome) => outcome.status === 'rejected')).toMatchObject({
        reason: { code: 'STORE_LOCKED' },
      });
      await taken[0]!.value.release();
    }
  });

  it('respects a lock held on another computer, whose process it cannot check', async () => {
    await writeFile(
      join(dir, LOCK_FILE),
      JSON.stringify({ pid: 1, hostname: 'other-laptop', holder: 'x', since: '' }),
    );
    await expect(StoreLock.acquire(dir, 'the Newsroom app')).rejects.toMatchObject({ code: 'STORE_LOCKED' });
  });

  it('takes over an old, unreadable lock file (a crash between creating and writing it)', async () => {
    const path = join(dir, LOCK_FILE);
    await writeFile(path, '');
    const { utimes } = await import('node:fs/promises');
    const past = new Date(Date.now() - 60_000);
    await utimes(path, past, past);
    const lock = await StoreLock.acquire(dir, 'the Newsroom app');
    await lock.release();
  });

  it('does not remove a lock that another process took over after ours was broken', async () => {
    const lock = await StoreLock.acquire(dir, 'first');
    const other = JSON.stringify({
      pid: 999_999_999,
      hostname: 'other-laptop',
      holder: 'second',
      since: 'x',
    });
    await writeFile(join(dir, LOCK_FILE), other);
    await lock.release();
    expect(await readFile(join(dir, LOCK_FILE), 'utf8')).toBe(other);
  });
});
