import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { StoreLock } from '../../electron/core/store/store-lock';
import { makeTempDir, removeTempDir } from '../support/temp-dir';
import { pressListVcf, updateVcf } from './support/contact-files';
import { described, fingerprint, jsonOf, newsroom, succeeded } from './support/newsroom-process';
import { riversideMarkdown } from './support/release-files';

interface ErrorReport {
  error: { code: string; message: string };
}

let root: string;
let dataDir: string;
let backupId: string;
let importId: string;
const file = (name: string) => join(root, name);
const run = (args: readonly string[]) => newsroom(args, { dataDir });

beforeAll(async () => {
  root = await makeTempDir('newsroom-cli-lock-');
  dataDir = join(root, 'data');
  await writeFile(file('press-list.vcf'), pressListVcf);
  await writeFile(file('update.vcf'), updateVcf);
  await writeFile(file('riverside.md'), riversideMarkdown);
  // A folder with something in it, a backup to restore and an import to undo.
  succeeded(await run(['releases', 'import', file('riverside.md')]));
  importId = jsonOf<{ importId: string }>(
    succeeded(await run(['contacts', 'import', file('press-list.vcf'), '--json'])),
  ).importId;
  backupId = jsonOf<{ id: string }>(succeeded(await run(['backup', '--json']))).id;
});
afterAll(() => removeTempDir(root));

describe('while the app holds the data folder', () => {
  let lock: StoreLock;
  beforeAll(async () => {
    // What the running app holds: the same lock, with the app's name.
    lock = await StoreLock.acquire(dataDir, 'the Newsroom app');
  });
  afterAll(() => lock.release());

  it('every command that writes refuses, says why and what to do, and changes nothing', async () => {
    const before = await fingerprint(dataDir);
    const writing = [
      ['contacts', 'import', file('update.vcf')],
      ['contacts', 'undo-import', importId],
      ['releases', 'import', file('riverside.md')],
      ['backup'],
      ['backup', '--out-dir', root],
      ['restore', backupId],
    ];
    const runs = await Promise.all(writing.map((args) => run([...args, '--json'])));
    for (const result of runs) {
      expect(result.code, described(result)).toBe(1);
      const { error } = jsonOf<ErrorReport>(result);
      expect(error.code).toBe('STORE_LOCKED');
      expect(error.message).toMatch(
        new RegExp(
          `^The data folder ${dataDir} is in use by the Newsroom app \\(process ${process.pid} on .+\\)\\. Nothing was changed\\.`,
        ),
      );
      expect(error.message).toContain(
        'reading commands (releases list and show, contacts search and export, pdf) work',
      );
      expect(result.stderr).toBe(`newsroom: error: ${error.message}\n`);
    }
    expect(await fingerprint(dataDir)).toBe(before);
  });

  it('the commands that only read work meanwhile, and write nothing', async () => {
    const before = await fingerprint(dataDir);
    const [list, show, search, exported, dryRun, backups, imports] = await Promise.all([
      run(['releases', 'list', '--json']),
      run(['releases', 'show', 'RVL 7(2026)']),
      run(['contacts', 'search', 'berg', '--json']),
      run(['contacts', 'export', '--format', 'vcard']),
      run(['contacts', 'import', file('update.vcf'), '--dry-run', '--json']),
      run(['restore', '--json']),
      run(['contacts', 'undo-import']),
    ]);
    expect(jsonOf<{ releases: unknown[] }>(succeeded(list)).releases).toHaveLength(1);
    expect(succeeded(show).stdout).toContain('Headline:    Riverside Library opens a night reading room');
    expect(jsonOf<{ total: number }>(succeeded(search)).total).toBe(1);
    expect(succeeded(exported).stdout.match(/^BEGIN:VCARD\r$/gm)).toHaveLength(2);
    expect(jsonOf(succeeded(dryRun))).toMatchObject({ dryRun: true, imported: 1, skipped: 1 });
    expect(
      jsonOf<{ backups: { id: string }[] }>(succeeded(backups)).backups.map((backup) => backup.id),
    ).toEqual([backupId]);
    expect(succeeded(imports).stdout).toContain(importId);
    expect(await fingerprint(dataDir)).toBe(before);
  });
});

describe('once the app has let go of the folder', () => {
  it('a writing command runs', async () => {
    const result = succeeded(await run(['contacts', 'import', file('update.vcf'), '--json']));
    expect(jsonOf(result)).toMatchObject({ imported: 1, skipped: 1 });
  });
});
