import { cp, copyFile, mkdir, symlink, utimes } from 'node:fs/promises';
import { Writable } from 'node:stream';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Output } from '../../electron/cli/output';
import { printPageFolder } from '../../electron/cli/pdf/print-page-build';
import { makeTempDir, removeTempDir } from '../support/temp-dir';
import { REPO_ROOT } from './support/newsroom-process';

/** The notes a build writes on standard error. */
class Notes extends Writable {
  text = '';
  override _write(chunk: Buffer, _encoding: BufferEncoding, done: () => void): void {
    this.text += chunk.toString();
    done();
  }
}

let checkout: string;

beforeAll(async () => {
  // A checkout of the print page's sources, with the real dependencies linked in.
  checkout = await makeTempDir('newsroom-cli-print-');
  await mkdir(join(checkout, 'renderer'));
  await copyFile(join(REPO_ROOT, 'renderer/print.html'), join(checkout, 'renderer/print.html'));
  await cp(join(REPO_ROOT, 'renderer/src/print'), join(checkout, 'renderer/src/print'), { recursive: true });
  await copyFile(join(REPO_ROOT, 'package-lock.json'), join(checkout, 'package-lock.json'));
  await symlink(join(REPO_ROOT, 'node_modules'), join(checkout, 'node_modules'));
  await mkdir(join(checkout, 'electron'));
  await symlink(join(REPO_ROOT, 'electron/shared'), join(checkout, 'electron/shared'));
});
afterAll(() => removeTempDir(checkout));

describe('the print page the pdf command prints with', () => {
  it('is built when missing, reused while its sources are unchanged, and built again after a change', async () => {
    const notes = new Notes();
    const output = new Output(new Notes(), notes, false);

    const first = await printPageFolder(output, checkout);
    expect(first).toMatch(new RegExp(`^${join(checkout, 'out/cli-print/build-')}`));
    expect(notes.text).toContain('newsroom: building the print page (out/cli-print)');

    notes.text = '';
    expect(await printPageFolder(output, checkout)).toBe(first);
    expect(notes.text).toBe('');

    // A source edited after the build (its time moved a minute ahead of the build's).
    const later = new Date(Date.now() + 60_000);
    await utimes(join(checkout, 'renderer/src/print/paginate.ts'), later, later);
    const second = await printPageFolder(output, checkout);
    expect(second).not.toBe(first);
    expect(notes.text).toContain('building the print page');
  });
});
