import { expect } from 'vitest';
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';

/** The repository root and the command as `npx newsroom` runs it. */
export const REPO_ROOT = join(import.meta.dirname, '../../..');
const BIN = join(REPO_ROOT, 'bin/newsroom.mjs');

/** What one run of the command gave. */
export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

export interface RunOptions {
  /** Passed as `--data-dir`; leave out to test the other ways of choosing the folder. */
  dataDir?: string;
  /** Added to (or, with undefined, taken from) the environment the test runs in. */
  env?: Record<string, string | undefined>;
  cwd?: string;
}

/**
 * Runs `node bin/newsroom.mjs ARGS` as a child process, the way a shell or a script would, and
 * resolves with its exit code and output. NEWSROOM_DATA_DIR and NEWSROOM_CHROMIUM of the test's own
 * environment are not passed on, so that only what a test sets counts.
 */
export function newsroom(
  args: readonly string[],
  { dataDir, env = {}, cwd = REPO_ROOT }: RunOptions = {},
): Promise<CliRun> {
  const childEnv: Record<string, string | undefined> = {
    ...process.env,
    NEWSROOM_DATA_DIR: undefined,
    NEWSROOM_CHROMIUM: undefined,
    ...env,
  };
  const argv = [BIN, ...(dataDir === undefined ? [] : ['--data-dir', dataDir]), ...args];
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, argv, { cwd, env: childEnv, stdio: ['ignore', 'pipe', 'pipe'] });
    const stdout: Buffer[] = [];
    const stderr: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => stdout.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => stderr.push(chunk));
    child.on('error', reject);
    child.on('close', (code) =>
      resolve({
        code,
        stdout: Buffer.concat(stdout).toString('utf8'),
        stderr: Buffer.concat(stderr).toString('utf8'),
      }),
    );
  });
}

/** The one JSON document a `--json` run wrote, typed by the test that knows its shape. */
export function jsonOf<T>(run: CliRun): T {
  try {
    return JSON.parse(run.stdout) as T;
  } catch {
    throw new Error(
      `Not one JSON document on stdout (exit ${run.code}):\n${run.stdout}\nstderr:\n${run.stderr}`,
    );
  }
}

/** Describes a run for an assertion message: what it printed, so that a failure explains itself. */
export function described(run: CliRun): string {
  return `exit ${run.code}\n--- stdout\n${run.stdout}\n--- stderr\n${run.stderr}`;
}

/** Asserts that a run exited with 0, showing its output otherwise; returns the run. */
export function succeeded(run: CliRun): CliRun {
  expect(run.code, described(run)).toBe(0);
  return run;
}

/**
 * A fingerprint of everything in `folder` (hidden files included): the path and bytes of each file,
 * and each empty folder. Two equal fingerprints mean nothing was created, changed or removed.
 */
export async function fingerprint(folder: string): Promise<string> {
  const hash = createHash('sha256');
  const walk = async (dir: string): Promise<void> => {
    const entries = (await readdir(dir, { withFileTypes: true })).sort((a, b) =>
      a.name.localeCompare(b.name),
    );
    if (entries.length === 0) hash.update(`dir:${relative(folder, dir)}\n`);
    for (const entry of entries) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) await walk(path);
      else hash.update(`file:${relative(folder, path)}\n`).update(await readFile(path));
    }
  };
  await walk(folder);
  return hash.digest('hex');
}
