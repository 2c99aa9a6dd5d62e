import type { Arguments } from './arguments';
import type { ExitCode } from './cli-error';
import type { Output } from './output';

/** One option of a command, with what its help says. */
export interface OptionSpec {
  type: 'string' | 'boolean';
  short?: string;
  /** The value's placeholder in help: `FILE`, `N`, `vcard|csv`. */
  value?: string;
  description: string;
}

export type OptionSpecs = Readonly<Record<string, OptionSpec>>;

/** What every command runs with. */
export interface CommandContext {
  output: Output;
  /** The data folder: `--data-dir`, else `NEWSROOM_DATA_DIR`, else the app's own. */
  dataDir: string;
  /** The folder relative paths are read against. */
  cwd: string;
  env: Record<string, string | undefined>;
}

/** A command of `newsroom`: its words, its help, its arguments and what it does. */
export interface Command {
  /** The words that name it, as typed: `['contacts', 'import']`. */
  words: readonly string[];
  /** One line for the list of commands. */
  summary: string;
  /** The arguments after the words, as help shows them: `FILE [--dry-run]`. */
  synopsis: string;
  /** The same, short, for the list of commands: `FILE`. */
  shortSynopsis: string;
  /** Paragraphs of help after the synopsis. */
  description: readonly string[];
  options: OptionSpecs;
  /**
   * How many positional arguments it takes (`max` may be Infinity: a search's words), and what to
   * call them when one is missing: "FILE, the vCard or CSV file to import".
   */
  positionals: { min: number; max: number; name: string };
  examples: readonly string[];
  /** Whether it may run while the app has the data folder open, for its help: see {@link ACCESS}. */
  access: string;
  run(context: CommandContext, args: Arguments): Promise<ExitCode>;
}

/** What a command's help says of running beside the app, which holds the store lock while open. */
export const ACCESS = {
  reads: 'This command only reads the data folder: it works while the Newsroom app is open.',
  writes:
    'This command changes the data folder: it refuses to run while the Newsroom app (or another newsroom command that changes data) has it open, and then changes nothing.',
  listsOrWrites:
    'Listing only reads, and works while the Newsroom app is open. Undoing or restoring changes the data folder: it refuses to run while the app (or another newsroom command that changes data) has it open, and then changes nothing.',
} as const;
