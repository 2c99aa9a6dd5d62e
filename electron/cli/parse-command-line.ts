import { parseArgs, type ParseArgsConfig } from 'node:util';
import { Arguments } from './arguments';
import { usageError } from './cli-error';
import type { Command, OptionSpecs } from './command';

/** Options every command takes. */
export const GLOBAL_OPTIONS: OptionSpecs = {
  'data-dir': {
    type: 'string',
    value: 'DIR',
    description: 'The data folder. Default: NEWSROOM_DATA_DIR, else the app’s own data folder.',
  },
  json: { type: 'boolean', description: 'Write the result as one JSON document on standard output.' },
  help: { type: 'boolean', short: 'h', description: 'Show help for newsroom or for a command.' },
  version: { type: 'boolean', short: 'V', description: 'Show the version.' },
};

/** What the command line asks for. */
export type Invocation =
  | { kind: 'help'; words: readonly string[] }
  | { kind: 'version' }
  | { kind: 'run'; command: Command; args: Arguments; dataDirOption: string | undefined; json: boolean };

/** The words of the commands that have subcommands (`contacts`, `releases`). */
export function groupsOf(commands: readonly Command[]): Set<string> {
  return new Set(commands.filter((command) => command.words.length > 1).map((command) => command.words[0]!));
}

/**
 * Reads `argv`: the command's words first (global options may come before them), then its options
 * and arguments in any order. `--help` and `--version` win over everything else, so that help is
 * always reachable. Throws a usage error (exit 2) for anything else that does not fit.
 */
export function parseCommandLine(argv: readonly string[], commands: readonly Command[]): Invocation {
  const { words, rest } = splitWords(argv, groupsOf(commands));
  const asksHelp = rest.some((arg) => arg === '--help' || arg === '-h');
  const asksVersion = rest.some((arg) => arg === '--version' || arg === '-V');
  if (words[0] === 'help') return { kind: 'help', words: [...words.slice(1), ...positionalsOf(rest)] };
  if (asksHelp) return { kind: 'help', words };
  if (asksVersion) return { kind: 'version' };
  if (words.length === 0) throw usageError('Give a command, such as: newsroom releases list');

  const command = commands.find(
    (candidate) => candidate.words.length === words.length && candidate.words.every((w, i) => w === words[i]),
  );
  if (!command) {
    const group = groupsOf(commands).has(words[0]!) ? words[0] : undefined;
    if (group && words.length === 1) {
      const subcommands = commands.filter((c) => c.words[0] === group).map((c) => c.words[1]);
      throw usageError(`"newsroom ${group}" needs a subcommand: ${subcommands.join(', ')}.`, [group]);
    }
    throw usageError(`Unknown command "${words.join(' ')}".`);
  }

  const options = { ...GLOBAL_OPTIONS, ...command.options };
  const fail = (message: string) => usageError(message, command.words);
  let parsed: ReturnType<typeof parseOptions>;
  try {
    parsed = parseOptions(rest, options);
  } catch (error) {
    throw fail(error instanceof Error ? error.message : String(error));
  }
  const { values, positionals } = parsed;
  const { min, max, name } = command.positionals;
  if (positionals.length < min) throw fail(`Missing ${name}.`);
  if (positionals.length > max) {
    throw fail(
      max === 0
        ? `"newsroom ${command.words.join(' ')}" takes no argument; got "${positionals[0]}".`
        : `Unexpected argument "${positionals[max]}".`,
    );
  }
  return {
    kind: 'run',
    command,
    args: new Arguments(values, positionals),
    dataDirOption: typeof values['data-dir'] === 'string' ? values['data-dir'] : undefined,
    json: values.json === true,
  };
}

/**
 * Takes the command's words out of `argv`: the first word, and the next one when the first names a
 * group. Only global options may come before the words, so a value after `--data-dir` is skipped.
 */
function splitWords(
  argv: readonly string[],
  groups: ReadonlySet<string>,
): { words: string[]; rest: string[] } {
  const words: string[] = [];
  const rest: string[] = [];
  let index = 0;
  for (; index < argv.length; index++) {
    const arg = argv[index]!;
    const wanted = words.length === 0 || (words.length === 1 && groups.has(words[0]!));
    if (!wanted || arg === '--') break;
    if (arg.startsWith('-') && arg !== '-') {
      rest.push(arg);
      if (arg === '--data-dir' && index + 1 < argv.length) rest.push(argv[++index]!);
      continue;
    }
    words.push(arg);
  }
  return { words, rest: [...rest, ...argv.slice(index)] };
}

function positionalsOf(args: readonly string[]): string[] {
  return args.filter((arg) => !arg.startsWith('-'));
}

type ParsedValues = Record<string, string | boolean | undefined>;

/**
 * Node's parseArgs, with messages of our own: each option token is checked against `specs` first,
 * so that an unknown option, a missing or empty value, or a value given to a flag says so plainly.
 */
function parseOptions(
  args: readonly string[],
  specs: OptionSpecs,
): { values: ParsedValues; positionals: string[] } {
  const config = {
    args: [...args],
    options: Object.fromEntries(
      Object.entries(specs).map(([name, spec]) => [
        name,
        spec.short ? { type: spec.type, short: spec.short } : { type: spec.type },
      ]),
    ),
    allowPositionals: true,
    strict: false,
    tokens: true,
  } satisfies ParseArgsConfig;
  const { tokens } = parseArgs(config);
  for (const token of tokens) {
    if (token.kind !== 'option') continue;
    const spec = specs[token.name];
    if (!spec) throw usageError(`Unknown option ${token.rawName}.`);
    if (spec.type === 'boolean' && token.value !== undefined) {
      throw usageError(`${token.rawName} takes no value; got "${token.value}".`);
    }
    if (spec.type === 'string') {
      const placeholder = spec.value ?? 'VALUE';
      if (token.value === undefined || token.value.trim() === '') {
        throw usageError(`${token.rawName} needs a value: ${token.rawName} ${placeholder}.`);
      }
      if (!token.inlineValue && token.value.startsWith('-') && token.value !== '-') {
        throw usageError(
          `${token.rawName} needs a value, but "${token.value}" follows it; write ${token.rawName}=${token.value} if that is the value.`,
        );
      }
    }
  }
  try {
    const { values, positionals } = parseArgs({ ...config, strict: true, tokens: false });
    return { values, positionals };
  } catch (error) {
    // The checks above leave little for parseArgs to refuse; whatever it does refuse is still usage.
    throw usageError(error instanceof Error ? error.message : String(error));
  }
}
