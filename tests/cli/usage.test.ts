import { spawn } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { newsroomInProcess } from './support/in-process';
import { described, jsonOf, newsroom, REPO_ROOT } from './support/newsroom-process';

const commands = [
  'contacts import',
  'contacts export',
  'contacts search',
  'contacts undo-import',
  'releases list',
  'releases show',
  'releases import',
  'pdf',
  'backup',
  'restore',
];

describe('newsroom --help and --version', () => {
  it('lists every command, the global options and the exit codes', async () => {
    const run = await newsroom(['--help']);
    expect(run.code, described(run)).toBe(0);
    for (const command of commands) expect(run.stdout).toContain(`  ${command}`);
    for (const option of ['--data-dir DIR', '--json', '-h, --help', '-V, --version']) {
      expect(run.stdout).toContain(option);
    }
    expect(run.stdout).toContain('Exit codes: 0 success; 1 the work failed');
    expect(run.stderr).toBe('');
    // "newsroom help" is the same page.
    expect((await newsroomInProcess(['help'])).stdout).toBe(run.stdout);
  });

  it('gives each command its own help, with its options and examples, whatever else is on the line', async () => {
    const [importHelp, groupHelp, helpWord, pdfHelp] = await Promise.all([
      newsroom(['contacts', 'import', '--help']),
      newsroomInProcess(['contacts', '--help']),
      newsroomInProcess(['help', 'releases', 'show']),
      // --help wins over a usage error and over an unknown option.
      newsroomInProcess(['pdf', '--bogus', '-h']),
    ]);
    expect(importHelp.code, described(importHelp)).toBe(0);
    expect(importHelp.stdout).toMatch(/^Usage: newsroom contacts import FILE \[--dry-run\]/);
    expect(importHelp.stdout).toContain('--on-duplicate skip|merge|keep');
    expect(importHelp.stdout).toContain('Examples:');
    expect(importHelp.stdout).toContain('refuses to run while the Newsroom app');
    expect(groupHelp.stdout).toContain('Usage: newsroom contacts SUBCOMMAND');
    for (const sub of ['import', 'export', 'search', 'undo-import'])
      expect(groupHelp.stdout).toContain(`contacts ${sub}`);
    expect(helpWord.code).toBe(0);
    expect(helpWord.stdout).toMatch(/^Usage: newsroom releases show ID\|REF/);
    expect(helpWord.stdout).toContain('only reads the data folder');
    expect(pdfHelp.code).toBe(0);
    expect(pdfHelp.stdout).toContain('NEWSROOM_CHROMIUM');
  });

  it('says the version of the package', async () => {
    const manifest = JSON.parse(await readFile(join(REPO_ROOT, 'package.json'), 'utf8')) as {
      version: string;
    };
    const run = await newsroom(['--version']);
    expect(run.code).toBe(0);
    expect(run.stdout.trim()).toBe(`newsroom ${manifest.version}`);
  });

  it('runs as "npx newsroom" in the checkout', async () => {
    const run = await new Promise<{ code: number | null; stdout: string }>((resolve, reject) => {
      const child = spawn('npx', ['--no-install', 'newsroom', '--help'], {
        cwd: REPO_ROOT,
        stdio: ['ignore', 'pipe', 'inherit'],
      });
      let stdout = '';
      child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
      child.on('error', reject);
      child.on('close', (code) => resolve({ code, stdout }));
    });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Usage: newsroom COMMAND');
  });
});

describe('bad usage exits with 2 and says what is wrong', () => {
  it('as a process: exit code 2, nothing on stdout, the reason and where to look on stderr', async () => {
    const [unknownOption, missingArgument] = await Promise.all([
      newsroom(['contacts', 'import', 'press.vcf', '--bogus']),
      newsroom(['releases', 'show']),
    ]);
    expect(unknownOption.code, described(unknownOption)).toBe(2);
    expect(unknownOption.stdout).toBe('');
    expect(unknownOption.stderr).toBe(
      'newsroom: error: Unknown option --bogus.\nRun "newsroom contacts import --help" for its arguments and options.\n',
    );
    expect(missingArgument.code).toBe(2);
    expect(missingArgument.stderr).toContain('newsroom: error: Missing ID|REF');
  });

  const cases: { args: string[]; message: string; help: string }[] = [
    { args: [], message: 'Give a command, such as: newsroom releases list', help: 'newsroom' },
    { args: ['frobnicate'], message: 'Unknown command "frobnicate".', help: 'newsroom' },
    {
      args: ['contacts'],
      message: 'needs a subcommand: import, export, search, undo-import',
      help: 'newsroom contacts',
    },
    {
      args: ['contacts', 'import'],
      message: 'Missing FILE, the vCard or CSV file to import.',
      help: 'newsroom contacts import',
    },
    {
      args: ['contacts', 'import', 'a.vcf', 'b.vcf'],
      message: 'Unexpected argument "b.vcf".',
      help: 'newsroom contacts import',
    },
    {
      args: ['contacts', 'import', 'a.vcf', '--on-duplicate', 'replace'],
      message: '--on-duplicate must be one of skip, merge, keep; got "replace".',
      help: 'newsroom contacts import',
    },
    {
      args: ['contacts', 'import', 'a.vcf', '--format'],
      message: '--format needs a value',
      help: 'newsroom contacts import',
    },
    {
      args: ['contacts', 'import', 'a.vcf', '--format='],
      message: '--format needs a value',
      help: 'newsroom contacts import',
    },
    {
      args: ['contacts', 'import', 'a.vcf', '--dry-run=no'],
      message: '--dry-run takes no value',
      help: 'newsroom contacts import',
    },
    {
      args: ['contacts', 'search', 'x', '--limit', 'many'],
      message: '--limit must be a whole number from 1 to 500; got "many".',
      help: 'newsroom contacts search',
    },
    {
      args: ['contacts', 'search', 'x', '--limit', '501'],
      message: '--limit must be a whole number from 1 to 500',
      help: 'newsroom contacts search',
    },
    {
      args: ['contacts', 'search', 'x'.repeat(201)],
      message: 'a search takes at most 200',
      help: 'newsroom contacts search',
    },
    {
      args: ['contacts', 'export'],
      message: '--format is required: vcard, vcard3 or csv.',
      help: 'newsroom contacts export',
    },
    {
      args: ['contacts', 'export', '--format', 'xml'],
      message: '--format must be one of vcard, vcard4, vcard3, csv',
      help: 'newsroom contacts export',
    },
    {
      args: ['contacts', 'export', '--format', 'vcard', '--delimiter', ';'],
      message: '--delimiter only applies to --format csv',
      help: 'newsroom contacts export',
    },
    {
      args: ['contacts', 'export', '--format', 'csv', '--json'],
      message: '--json needs --out FILE',
      help: 'newsroom contacts export',
    },
    {
      args: ['releases', 'list', 'extra'],
      message: '"newsroom releases list" takes no argument; got "extra".',
      help: 'newsroom releases list',
    },
    {
      args: ['releases', 'show', 'x', '--language', 'xx'],
      message: '--language must be one of en, fr, de, es, it',
      help: 'newsroom releases show',
    },
    {
      args: ['releases', 'import', 'a.md', '--out', 'x'],
      message: 'Unknown option --out.',
      help: 'newsroom releases import',
    },
    { args: ['pdf'], message: 'Missing ID|REF, the release to export (or --all).', help: 'newsroom pdf' },
    { args: ['pdf', 'x'], message: '--out FILE is required', help: 'newsroom pdf' },
    { args: ['pdf', '--all'], message: '--all needs --out-dir DIR', help: 'newsroom pdf' },
    {
      args: ['pdf', 'x', '--all', '--out-dir', 'd'],
      message: 'Give a release or --all, not both.',
      help: 'newsroom pdf',
    },
    {
      args: ['pdf', '--all', '--out', 'x.pdf'],
      message: 'use --out-dir DIR, not --out',
      help: 'newsroom pdf',
    },
    {
      args: ['backup', '--out-dir', '--data-dir', 'x'],
      message: '--out-dir needs a value, but "--data-dir" follows it',
      help: 'newsroom backup',
    },
    { args: ['restore', 'a', 'b'], message: 'Unexpected argument "b".', help: 'newsroom restore' },
    {
      args: ['help', 'contacts', 'frobnicate'],
      message: 'Unknown command "contacts frobnicate".',
      help: 'newsroom',
    },
  ];

  it.each(cases)('newsroom $args', async ({ args, message, help }) => {
    // No data folder: a usage error is found before any folder is looked at.
    const run = await newsroomInProcess(args, { NEWSROOM_DATA_DIR: '/nonexistent/newsroom-cli-test' });
    expect(run.code, described(run)).toBe(2);
    if (args.includes('--json')) expect(jsonOf<{ error: { code: string } }>(run).error.code).toBe('USAGE');
    else expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/^newsroom: error: /);
    expect(run.stderr).toContain(message);
    expect(run.stderr).toContain(`Run "${help} --help"`);
  });

  it('reports a usage error as a JSON document too when --json is given', async () => {
    const run = await newsroom(['releases', 'show', '--json']);
    expect(run.code).toBe(2);
    expect(jsonOf(run)).toEqual({
      error: { code: 'USAGE', message: 'Missing ID|REF, the id or reference number of the release.' },
    });
  });
});

describe('the data folder', () => {
  it('is, by default, the app’s own folder (other ways of choosing it: data-dir.test.ts)', async () => {
    const run = await newsroom(['releases', 'list'], {
      env: { HOME: '/home/press-officer', XDG_CONFIG_HOME: undefined },
    });
    expect(run.code, described(run)).toBe(1);
    expect(run.stderr).toBe(
      'newsroom: error: There is no Newsroom data folder at /home/press-officer/.config/Newsroom/data. Give the folder with --data-dir DIR or NEWSROOM_DATA_DIR.\n',
    );
  });
});
