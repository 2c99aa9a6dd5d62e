import type { Writable } from 'node:stream';
import { toCliError, usageError, type ExitCode } from './cli-error';
import type { Command } from './command';
import { COMMANDS } from './commands';
import { cliDataDir, thisPlatform, type Platform } from './data-dir';
import { helpFor } from './help-text';
import { Output } from './output';
import { parseCommandLine } from './parse-command-line';
import { packageVersion } from './version';

/** What the command line runs with: the process's streams and surroundings, or a test's. */
export interface CliEnvironment {
  stdout: Writable;
  stderr: Writable;
  env: Record<string, string | undefined>;
  cwd: string;
  platform?: Platform;
}

/**
 * Runs `newsroom` with `argv` (the arguments after the program name) and resolves with its exit
 * code: 0 success, 1 the work failed, 2 bad usage. Never rejects: every failure is reported on
 * standard error, and with `--json` also as `{"error": {"code", "message"}}` on standard output.
 */
export async function runCli(argv: readonly string[], environment: CliEnvironment): Promise<ExitCode> {
  // Known before parsing, so that even a usage error is reported as JSON when JSON was asked for.
  const output = new Output(environment.stdout, environment.stderr, argv.includes('--json'));
  let command: Command | undefined;
  try {
    const invocation = parseCommandLine(argv, COMMANDS);
    switch (invocation.kind) {
      case 'version':
        output.help(`newsroom ${packageVersion()}`);
        return 0;
      case 'help': {
        const text = helpFor(invocation.words, COMMANDS);
        if (text === null) throw usageError(`Unknown command "${invocation.words.join(' ')}".`);
        output.help(text);
        return 0;
      }
      case 'run': {
        command = invocation.command;
        const platform = environment.platform ?? thisPlatform(environment.env);
        return await command.run(
          {
            output,
            dataDir: cliDataDir(invocation.dataDirOption, environment.cwd, platform),
            cwd: environment.cwd,
            env: environment.env,
          },
          invocation.args,
        );
      }
    }
  } catch (error) {
    return report(error, output, environment, command);
  }
}

function report(
  error: unknown,
  output: Output,
  environment: CliEnvironment,
  command: Command | undefined,
): ExitCode {
  const failure = toCliError(error);
  const code = failure.exitCode;
  output.raw(`newsroom: error: ${failure.message}`);
  if (code === 2) {
    const words = failure.commandWords ?? command?.words;
    output.raw(
      words
        ? `Run "newsroom ${words.join(' ')} --help" for its arguments and options.`
        : `Run "newsroom --help" for the commands.`,
    );
  }
  if (failure.code === 'INTERNAL' && environment.env.NEWSROOM_DEBUG && failure.cause instanceof Error) {
    output.raw(failure.cause.stack ?? String(failure.cause));
  }
  output.document({ error: { code: code === 2 ? 'USAGE' : failure.code, message: failure.message } });
  return code;
}
