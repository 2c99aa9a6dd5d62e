import type { Command, OptionSpecs } from './command';
import { GLOBAL_OPTIONS, groupsOf } from './parse-command-line';

const EXIT_CODES = 'Exit codes: 0 success; 1 the work failed (file, release, store, export); 2 bad usage.';

/** Help for `words`: everything, a group of commands, or one command; null when they name nothing. */
export function helpFor(words: readonly string[], commands: readonly Command[]): string | null {
  if (words.length === 0) return topHelp(commands);
  const command = commands.find(
    (candidate) => candidate.words.length === words.length && candidate.words.every((w, i) => w === words[i]),
  );
  if (command) return commandHelp(command);
  if (words.length === 1 && groupsOf(commands).has(words[0]!)) return groupHelp(words[0]!, commands);
  return null;
}

export function topHelp(commands: readonly Command[]): string {
  return [
    'newsroom: Newsroom’s press releases and media contacts from a terminal, over the same data',
    'folder and the same rules as the app.',
    '',
    'Usage: newsroom COMMAND [ARGUMENTS] [OPTIONS]',
    '',
    'Commands:',
    ...commandList(commands),
    '',
    'Global options:',
    ...optionList(GLOBAL_OPTIONS),
    '',
    'Commands that change data (imports, backup, restore) refuse to run while the Newsroom app or',
    'another newsroom command has the data folder open; the others only read, and work meanwhile.',
    EXIT_CODES,
    'Run "newsroom COMMAND --help" for the arguments and options of a command.',
    '',
  ].join('\n');
}

function groupHelp(group: string, commands: readonly Command[]): string {
  const members = commands.filter((command) => command.words[0] === group);
  return [
    `Usage: newsroom ${group} SUBCOMMAND [ARGUMENTS] [OPTIONS]`,
    '',
    'Subcommands:',
    ...commandList(members),
    '',
    `Run "newsroom ${group} SUBCOMMAND --help" for its arguments and options.`,
    '',
  ].join('\n');
}

export function commandHelp(command: Command): string {
  const hasOwnOptions = Object.keys(command.options).length > 0;
  return [
    `Usage: newsroom ${command.words.join(' ')} ${command.synopsis}`.trimEnd(),
    '',
    command.summary,
    ...command.description.flatMap((paragraph) => ['', ...wrap(paragraph, 100)]),
    '',
    ...wrap(command.access, 100),
    ...(hasOwnOptions ? ['', 'Options:', ...optionList(command.options)] : []),
    '',
    'Global options:',
    ...optionList(GLOBAL_OPTIONS),
    ...(command.examples.length > 0
      ? ['', 'Examples:', ...command.examples.map((example) => `  ${example}`)]
      : []),
    '',
    EXIT_CODES,
    '',
  ].join('\n');
}

function commandList(commands: readonly Command[]): string[] {
  const names = commands.map((command) => `${command.words.join(' ')} ${command.shortSynopsis}`.trimEnd());
  const width = Math.max(...names.map((name) => name.length));
  return commands.map((command, index) => `  ${names[index]!.padEnd(width)}  ${command.summary}`);
}

function optionList(options: OptionSpecs): string[] {
  const names = Object.entries(options).map(([name, spec]) => {
    const long = `--${name}${spec.type === 'string' ? ` ${spec.value ?? 'VALUE'}` : ''}`;
    return spec.short ? `-${spec.short}, ${long}` : `    ${long}`;
  });
  const width = Math.max(...names.map((name) => name.length));
  return Object.values(options).map((spec, index) => `  ${names[index]!.padEnd(width)}  ${spec.description}`);
}

/** Breaks a paragraph into lines of at most `width` characters, at spaces. */
function wrap(paragraph: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of paragraph.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else {
      line = line ? `${line} ${word}` : word;
    }
  }
  if (line) lines.push(line);
  return lines;
}
