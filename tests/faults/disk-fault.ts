import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, open, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { injectEnospc } from '../support/inject-enospc';

/** A disk that can be made full and emptied again, with a data folder on it. */
export interface DiskFault {
  /** How the full disk is made: a real small tmpfs, or ENOSPC injected into file writes. */
  readonly kind: 'tmpfs' | 'injected';
  readonly dataDir: string;
  fill(): Promise<void>;
  free(): Promise<void>;
  dispose(): Promise<void>;
}

const TMPFS_SIZE = '8m';
const CHUNK = Buffer.alloc(64 * 1024, 0x61);

/**
 * A real full disk where the machine allows it (a tmpfs needs root, as on CI), otherwise an
 * injected one: the first can catch what the second cannot (a rename or a folder that runs out of
 * room), the second still proves what the store does with ENOSPC.
 */
export async function makeDiskFault({ injected = false } = {}): Promise<DiskFault> {
  return (injected ? null : await tryTmpfs()) ?? (await injectedDiskFault());
}

async function tryTmpfs(): Promise<DiskFault | null> {
  if (process.platform !== 'linux' || process.getuid?.() !== 0) return null;
  const mountPoint = await mkdtemp(join(tmpdir(), 'newsroom-full-disk-'));
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${TMPFS_SIZE}`, 'tmpfs', mountPoint], {
      stdio: 'pipe',
    });
  } catch {
    await rm(mountPoint, { recursive: true, force: true });
    return null;
  }
  const dataDir = join(mountPoint, 'data');
  const filler = join(mountPoint, 'filler');
  await mkdir(dataDir);
  return {
    kind: 'tmpfs',
    dataDir,
    fill: async () => {
      const handle = await open(filler, 'a');
      try {
        for (;;) await handle.write(CHUNK);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'ENOSPC') throw error;
      } finally {
        await handle.close();
      }
      // What the chunks left, byte by byte, so that not even a small file fits.
      const tail = await open(filler, 'a');
      try {
        for (;;) await tail.write(Buffer.alloc(1, 0x61));
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'ENOSPC') throw error;
      } finally {
        await tail.close();
      }
    },
    free: () => rm(filler, { force: true }),
    dispose: async () => {
      execFileSync('umount', [mountPoint], { stdio: 'pipe' });
      await rm(mountPoint, { recursive: true, force: true });
    },
  };
}

/** ENOSPC injected into this process's file writes (see injectEnospc), with a data folder. */
async function injectedDiskFault(): Promise<DiskFault> {
  const dataDir = await mkdtemp(join(tmpdir(), 'newsroom-injected-full-'));
  const injected = await injectEnospc();
  return {
    kind: 'injected',
    dataDir,
    fill: async () => injected.setFull(true),
    free: async () => injected.setFull(false),
    dispose: async () => {
      injected.restore();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}
