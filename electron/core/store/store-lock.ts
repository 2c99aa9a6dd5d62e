import { hostname } from 'node:os';
import { open, readFile, stat, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import { AppFailure } from '../../shared/result';

export const LOCK_FILE = 'newsroom.lock';

interface LockHolder {
  pid: number;
  hostname: string;
  holder: string;
  since: string;
}

/**
 * One writer per data directory. Two writers rename each other's files and corrupt the store, so the
 * app, the command line and the tests all take this lock before they open a store.
 *
 * The lock is a file created with O_EXCL holding the owner's pid. A lock left by a process that
 * died (same host, pid no longer running) is taken over; any other lock is refused.
 */
export class StoreLock {
  private constructor(
    private readonly path: string,
    private readonly token: LockHolder,
  ) {}

  static async acquire(dataDir: string, holder: string): Promise<StoreLock> {
    const path = join(dataDir, LOCK_FILE);
    const token: LockHolder = {
      pid: process.pid,
      hostname: hostname(),
      holder,
      since: new Date().toISOString(),
    };
    for (let attempt = 0; attempt < 5; attempt += 1) {
      try {
        const handle = await open(path, 'wx');
        try {
          await handle.writeFile(JSON.stringify(token));
          await handle.sync();
        } finally {
          await handle.close();
        }
        return new StoreLock(path, token);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      }
      const current = await readHolder(path);
      if (current === 'missing') continue;
      if (current === 'unreadable' && (await isYoung(path))) {
        // Another process may be between creating the lock and writing its pid: give it a moment.
        await new Promise((resolve) => setTimeout(resolve, 100));
        continue;
      }
      if (current !== 'unreadable' && !isStale(current)) {
        throw new AppFailure(
          'STORE_LOCKED',
          `The data folder ${dataDir} is in use by ${current.holder} (process ${current.pid} on ${current.hostname})`,
        );
      }
      // Stale or half-written by a process that died between create and write: take it over.
      await unlink(path).catch((error: NodeJS.ErrnoException) => {
        if (error.code !== 'ENOENT') throw error;
      });
    }
    throw new AppFailure('STORE_LOCKED', `Could not take the lock on ${dataDir}`);
  }

  /** Gives the lock back, unless another process has taken it over meanwhile. */
  async release(): Promise<void> {
    const current = await readHolder(this.path);
    if (current === 'missing' || current === 'unreadable') return;
    if (current.pid === this.token.pid && current.since === this.token.since) {
      await unlink(this.path).catch(() => undefined);
    }
  }
}

async function readHolder(path: string): Promise<LockHolder | 'missing' | 'unreadable'> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return 'missing';
    throw error;
  }
  try {
    const parsed = JSON.parse(text) as Partial<LockHolder>;
    if (typeof parsed.pid !== 'number' || typeof parsed.hostname !== 'string') return 'unreadable';
    return {
      pid: parsed.pid,
      hostname: parsed.hostname,
      holder: String(parsed.holder ?? 'another program'),
      since: String(parsed.since ?? ''),
    };
  } catch {
    return 'unreadable';
  }
}

function isStale(holder: LockHolder): boolean {
  // On a shared folder the pid belongs to another machine and cannot be checked: respect it.
  if (holder.hostname !== hostname()) return false;
  if (holder.pid === process.pid) return false;
  return !isProcessRunning(holder.pid);
}

function isProcessRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

async function isYoung(path: string): Promise<boolean> {
  try {
    return Date.now() - (await stat(path)).mtimeMs < 2_000;
  } catch {
    return false;
  }
}
