import { hostname } from 'node:os';
import { open, readFile, stat, unlink, type FileHandle } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { AppFailure } from '../../shared/result';

export const LOCK_FILE = 'newsroom.lock';
/** Held for the moment it takes to remove a stale lock; see removeStaleLock. */
export const LOCK_TAKEOVER_FILE = `${LOCK_FILE}.takeover`;
/** How long to keep trying: a takeover by another process takes milliseconds. */
const ACQUIRE_LIMIT_MS = 5_000;
/** A lock file without its content yet is another process's, until it is this old. */
const HALF_WRITTEN_GRACE_MS = 2_000;
/** A takeover file this old was left by a process that died while holding it. */
const TAKEOVER_GRACE_MS = 5_000;

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
    const deadline = Date.now() + ACQUIRE_LIMIT_MS;
    while (Date.now() < deadline) {
      if (await createLockFile(path, token)) return new StoreLock(path, token);
      const current = await readHolder(path);
      if (current === 'missing') continue;
      if (current === 'unreadable' && (await isYoung(path, HALF_WRITTEN_GRACE_MS))) {
        // Another process may be between creating the lock and writing its pid: give it a moment.
        await sleep(100);
        continue;
      }
      if (current !== 'unreadable' && !isStale(current)) {
        throw new AppFailure(
          'STORE_LOCKED',
          `The data folder ${dataDir} is in use by ${current.holder} (process ${current.pid} on ${current.hostname})`,
        );
      }
      // Stale, or half-written by a process that died between create and write: take it over.
      await removeStaleLock(path, current);
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

async function isYoung(path: string, withinMs: number): Promise<boolean> {
  try {
    return Date.now() - (await stat(path)).mtimeMs < withinMs;
  } catch {
    return false;
  }
}

/** Creates the lock file holding `token`; false when one is already there. */
async function createLockFile(path: string, token: LockHolder): Promise<boolean> {
  let handle: FileHandle;
  try {
    handle = await open(path, 'wx');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  }
  try {
    await handle.writeFile(JSON.stringify(token));
    await handle.sync();
  } finally {
    await handle.close();
  }
  return true;
}

/**
 * Removes a stale lock, but only while holding the takeover file: two processes that found the same
 * stale lock must not both remove it, or the slower one would remove the lock the faster one has
 * just created, and both would open the store. The lock is removed only if it is still the stale
 * one (nobody else removes a stale lock meanwhile, so it is). A process that cannot take the
 * takeover file waits a moment and starts over; a takeover file left by a process that died while
 * holding it (it holds it for milliseconds) is removed once it is old.
 */
async function removeStaleLock(path: string, stale: LockHolder | 'unreadable'): Promise<void> {
  const takeover = join(dirname(path), LOCK_TAKEOVER_FILE);
  let handle: FileHandle;
  try {
    handle = await open(takeover, 'wx');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    if (!(await isYoung(takeover, TAKEOVER_GRACE_MS))) await unlink(takeover).catch(ignoreMissing);
    await sleep(20);
    return;
  }
  try {
    await handle.close();
    if (sameHolder(await readHolder(path), stale)) await unlink(path).catch(ignoreMissing);
  } finally {
    await unlink(takeover).catch(ignoreMissing);
  }
}

function sameHolder(a: LockHolder | 'missing' | 'unreadable', b: LockHolder | 'unreadable'): boolean {
  if (typeof a === 'string' || typeof b === 'string') return a === b;
  return a.pid === b.pid && a.hostname === b.hostname && a.since === b.since;
}

function ignoreMissing(error: NodeJS.ErrnoException): void {
  if (error.code !== 'ENOENT') throw error;
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
