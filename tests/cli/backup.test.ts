import { mkdir, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTempDir, removeTempDir } from '../support/temp-dir';
import { pressListVcf, updateVcf } from './support/contact-files';
import { described, fingerprint, jsonOf, newsroom, succeeded } from './support/newsroom-process';

interface BackupInfo {
  id: string;
  path: string;
  reason: string;
  fileCount: number;
  damage: string | null;
}
interface ErrorReport {
  error: { code: string; message: string };
}

let root: string;
let dataDir: string;
const file = (name: string) => join(root, name);
const run = (args: readonly string[], cwd?: string) => newsroom(args, { dataDir, cwd });
const contactCount = async () =>
  jsonOf<{ total: number }>(succeeded(await run(['contacts', 'search', '', '--json']))).total;

beforeAll(async () => {
  root = await makeTempDir('newsroom-cli-backup-');
  dataDir = join(root, 'data');
  await writeFile(file('press-list.vcf'), pressListVcf);
  await writeFile(file('update.vcf'), updateVcf);
  await mkdir(file('usb'));
});
afterAll(() => removeTempDir(root));

// In order: back up, change, restore, undo the restore.
describe('backup and restore', () => {
  let backup: BackupInfo;

  it('has no backups to list in a new folder, and refuses a folder that is not there', async () => {
    succeeded(await run(['contacts', 'import', file('press-list.vcf')]));
    const [none, missing] = await Promise.all([
      run(['restore']),
      newsroom(['backup'], { dataDir: file('nowhere') }),
    ]);
    expect(succeeded(none).stdout).toBe(
      `There are no backups in ${dataDir}. Take one with: newsroom backup\n`,
    );
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain(`There is no Newsroom data folder at ${file('nowhere')}.`);
  });

  it('takes a backup now, into the folder’s rolling backups', async () => {
    backup = jsonOf<BackupInfo>(succeeded(await run(['backup', '--json'])));
    expect(backup).toMatchObject({
      reason: 'manual',
      damage: null,
      path: join(dataDir, 'backups', `${backup.id}.tar`),
    });
    expect(backup.fileCount).toBeGreaterThan(0);
    const listed = succeeded(await run(['restore']));
    const lines = listed.stdout.trim().split('\n');
    expect(lines[0]).toMatch(/^BACKUP_ID\s+TAKEN\s+REASON\s+SIZE\s+FILES\s+STATE$/);
    expect(lines[1]).toMatch(
      new RegExp(
        `^${backup.id}\\s+\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d\\s+manual\\s+[\\d.]+ KB\\s+${backup.fileCount}\\s+ok$`,
      ),
    );
    expect(lines.at(-1)).toBe('Restore one with: newsroom restore BACKUP_ID');
  });

  it('restores it, saving the state it replaces first, and that restore can be undone', async () => {
    succeeded(await run(['contacts', 'import', file('update.vcf')]));
    expect(await contactCount()).toBe(3);

    const restored = jsonOf<{ restoredFrom: BackupInfo; undoBackup: BackupInfo }>(
      succeeded(await run(['restore', backup.id, '--json'])),
    );
    expect(restored.restoredFrom.id).toBe(backup.id);
    expect(restored.undoBackup.reason).toBe('before-restore');
    expect(await contactCount()).toBe(2);

    const undone = succeeded(await run(['restore', restored.undoBackup.id]));
    expect(undone.stdout).toContain(`Restored ${restored.undoBackup.id} (taken `);
    expect(undone.stdout).toMatch(
      /The state before the restore is backup (\S+-before-restore(?:-\d+)?); undo with: newsroom restore \1\n/,
    );
    expect(await contactCount()).toBe(3);
  });

  it('writes a backup to a folder of one’s choice, which restores by its path', async () => {
    const written = jsonOf<{ path: string }>(
      succeeded(await run(['backup', '--out-dir', file('usb'), '--json'])),
    );
    expect(written.path).toMatch(/\/usb\/Newsroom backup \d{4}-\d\d-\d\d \d{4}\.tar$/);
    expect(await readdir(file('usb'))).toHaveLength(1);
    succeeded(await run(['contacts', 'import', file('update.vcf'), '--on-duplicate', 'keep']));
    expect(await contactCount()).toBe(5);
    // A path relative to the working folder, as typed in a shell.
    succeeded(await run(['restore', join('usb', written.path.split('/').at(-1)!)], root));
    expect(await contactCount()).toBe(3);
  });

  it('refuses an unknown backup, a damaged archive and a folder it cannot write to, changing nothing', async () => {
    await writeFile(file('damaged.tar'), Buffer.alloc(4096, 7));
    const before = await fingerprint(dataDir);
    // One after another: each of them takes the data folder for itself first.
    const unknown = await run(['restore', '20200101T000000Z-manual', '--json']);
    const damaged = await run(['restore', file('damaged.tar'), '--json']);
    const noFolder = await run(['backup', '--out-dir', file('unplugged-stick'), '--json']);
    const inside = await run(['backup', '--out-dir', join(dataDir, 'contacts'), '--json']);
    for (const result of [unknown, damaged, noFolder, inside]) expect(result.code, described(result)).toBe(1);
    expect(jsonOf<ErrorReport>(unknown).error).toEqual({
      code: 'NOT_FOUND',
      message: `There is no backup at ${join(dataDir, 'backups', '20200101T000000Z-manual.tar')}. List the backups with: newsroom restore`,
    });
    expect(jsonOf<ErrorReport>(damaged).error).toMatchObject({ code: 'INVALID_INPUT' });
    expect(jsonOf<ErrorReport>(damaged).error.message).toContain('is damaged and was not restored');
    expect(jsonOf<ErrorReport>(noFolder).error.code).toBe('WRITE_FAILED');
    expect(jsonOf<ErrorReport>(noFolder).error.message).toContain(
      `Could not write a backup to ${file('unplugged-stick')}`,
    );
    expect(jsonOf<ErrorReport>(inside).error.message).toContain('is inside the data folder');
    expect(await fingerprint(dataDir)).toBe(before);
  });
});
