import { Writable } from 'node:stream';
import { runCli } from '../../../electron/cli/run-cli';
import type { CliRun } from './newsroom-process';

/** Collects what is written to it, as text. */
class Capture extends Writable {
  text = '';
  override _write(chunk: Buffer | string, _encoding: BufferEncoding, done: () => void): void {
    this.text += chunk.toString();
    done();
  }
}

/**
 * Runs the command line in this process, through the same runCli that bin/newsroom.mjs runs, for the
 * many quick checks of argument parsing where a child process per case would cost half a second
 * each. The exit code is the one the process would exit with.
 */
export async function newsroomInProcess(
  args: readonly string[],
  env: Record<string, string | undefined> = {},
): Promise<CliRun> {
  const stdout = new Capture();
  const stderr = new Capture();
  const code = await runCli(args, { stdout, stderr, env, cwd: process.cwd() });
  return { code, stdout: stdout.text, stderr: stderr.text };
}
