import { open, rm, writeFile } from 'node:fs/promises';
import type { FileHandle } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A switch that makes every file write of this process fail as on a full disk. */
export interface InjectedDiskFull {
  setFull(full: boolean): void;
  /** Puts the real write back. */
  restore(): void;
}

/**
 * While "full", every `FileHandle.writeFile` writes half its bytes and fails with ENOSPC, as a real
 * disk fails part way through a file. The store writes every file through it.
 */
export async function injectEnospc(): Promise<InjectedDiskFull> {
  const probe = join(tmpdir(), `newsroom-enospc-probe-${process.pid}`);
  await writeFile(probe, '');
  const handle = await open(probe, 'r');
  const prototype = Object.getPrototypeOf(handle) as FileHandle;
  await handle.close();
  await rm(probe, { force: true });
  // Taken off the prototype on purpose, and always called with the handle as `this`.
  // eslint-disable-next-line @typescript-eslint/unbound-method
  const original = prototype.writeFile;
  let full = false;
  prototype.writeFile = async function (this: FileHandle, data, options) {
    if (!full) return original.call(this, data, options);
    const bytes = typeof data === 'string' ? Buffer.from(data) : Buffer.from(data);
    await original.call(this, bytes.subarray(0, bytes.length >> 1));
    throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
  };
  return {
    setFull: (value) => {
      full = value;
    },
    restore: () => {
      prototype.writeFile = original;
    },
  };
}
