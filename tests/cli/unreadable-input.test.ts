import { access, writeFile } from 'node:fs/promises';
import type * as FsPromises from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { makeTempDir, removeTempDir } from '../support/temp-dir';
import { pressListVcf } from './support/contact-files';
import { newsroomInProcess } from './support/in-process';

/**
 * A file the user may not read. chmod 000 cannot show it where the tests run as root (CI does), so
 * the read itself is refused here, for one file, exactly as the operating system refuses it.
 */
const denied = new Set<string>();
vi.mock('node:fs/promises', async (importOriginal) => {
  const actual = await importOriginal<typeof FsPromises>();
  const readFile = ((path: Parameters<typeof actual.readFile>[0], ...rest: unknown[]) => {
    if (typeof path === 'string' && denied.has(path)) {
      const error = Object.assign(new Error(`EACCES: permission denied, open '${path}'`), {
        code: 'EACCES',
        errno: -13,
        syscall: 'open',
        path,
      });
      return Promise.reject(error);
    }
    return (actual.readFile as (...args: unknown[]) => Promise<unknown>)(path, ...rest);
  }) as typeof actual.readFile;
  return { ...actual, default: { ...actual, readFile }, readFile };
});

let root: string;
beforeAll(async () => {
  root = await makeTempDir('newsroom-cli-unreadable-');
});
afterAll(() => removeTempDir(root));

describe('a file to import that may not be read', () => {
  it('is reported as such, with exit code 1, and no data folder is touched', async () => {
    const secret = join(root, 'secret.vcf');
    await writeFile(secret, pressListVcf);
    denied.add(secret);
    const dataDir = join(root, 'data');

    const result = await newsroomInProcess(['--data-dir', dataDir, 'contacts', 'import', secret]);

    expect(result.code).toBe(1);
    expect(result.stderr).toBe(`newsroom: error: ${secret} cannot be read: permission denied.\n`);
    expect(result.stdout).toBe('');
    await expect(access(dataDir)).rejects.toMatchObject({ code: 'ENOENT' });
  });

  it('gives the same reason in the --json error document', async () => {
    const secret = join(root, 'secret.csv');
    await writeFile(secret, 'Name,Email\r\nA,a@example.com\r\n');
    denied.add(secret);

    const result = await newsroomInProcess([
      '--data-dir',
      join(root, 'data'),
      'contacts',
      'import',
      secret,
      '--json',
    ]);

    expect(result.code).toBe(1);
    expect(JSON.parse(result.stdout)).toEqual({
      error: { code: 'FILE_UNREADABLE', message: `${secret} cannot be read: permission denied.` },
    });
  });
});
