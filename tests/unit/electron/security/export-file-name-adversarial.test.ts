/*
 * Security suite, export safety (issue 8, point 6): file names made from release text always stay
 * inside the folder the person chose. tests/unit/electron/core/pdf/export-file-name.test.ts checks
 * the names themselves (row 13 of the test plan and 5,000 generated strings); this file attacks the
 * whole way from release text to a file on disk: Windows path rules checked on Linux, names that
 * collide once a case-insensitive or normalising file system sees them, links planted in the
 * folder before the plan and between the plan and the write, and names that read as options.
 */
import { lstat, mkdir, readdir, readFile, symlink, writeFile } from 'node:fs/promises';
import { dirname, join, win32 } from 'node:path';
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { defaultPdfFileName, safePdfFileName } from '../../../../electron/core/pdf/export-file-name';
import { planFolderExport } from '../../../../electron/core/pdf/plan-folder-export';
import { resolveInsideFolder } from '../../../../electron/core/pdf/resolve-inside-folder';
import type { ReleaseRenderContext } from '../../../../electron/core/release-render/render-release-html';
// The writer exportReleases uses by default.
import { writeFileAtomically } from '../../../../electron/core/store/atomic-write';
import type { Release } from '../../../../electron/shared/schemas/release';
import { makeTempDir, removeTempDir } from '../../../support/temp-dir';
import { hostileStrings } from './support/hostile-values';

const WINDOWS_FOLDER = 'C:\\Users\\press\\Exports';

/** What a release contributes to its file name; the rest of the release does not matter here. */
function releaseNamed(
  reference: string,
  headline: string,
  language = 'en',
): {
  release: Release;
  context: ReleaseRenderContext;
} {
  const release = { id: crypto.randomUUID(), reference, headline, language } as unknown as Release;
  return { release, context: {} as ReleaseRenderContext };
}

/** The name as Windows would take it: one file, in that folder, on no other drive, with no stream. */
function staysInWindowsFolder(name: string): boolean {
  const path = win32.join(WINDOWS_FOLDER, name);
  return (
    win32.dirname(path) === WINDOWS_FOLDER &&
    win32.basename(path) === name &&
    win32.parse(name).root === '' &&
    !name.includes(':') &&
    win32.normalize(path) === path
  );
}

/** Pieces Windows, macOS, shells and file managers read specially. */
const trickyPieces = fc.constantFrom(
  ...hostileStrings,
  'C:',
  'C:..\\',
  '\\\\?\\',
  '\\\\.\\',
  'file.pdf:Zone.Identifier',
  '::$DATA',
  'CON .pdf',
  'aux.',
  'Com1.pdf.pdf',
  'LPT9 ',
  'CONIN$',
  '--help',
  '-rf ',
  '~/',
  '$HOME',
  '`id`',
  '%SYSTEMROOT%',
  '\u200e',
  '\u200f',
  '\u061c',
  '\u2066',
  '\u2069',
  '\ufff9',
  '\u00ad',
  '\u034f',
  '／',
  '＼',
  '∕',
  '．．',
  'ﬁ',
  'İ',
  'ß',
  'e\u0301',
  '\u00e9',
  '\u{1f469}\u200d\u{1f469}\u200d\u{1f467}',
);
const trickyText = fc.oneof(
  fc.string({ unit: trickyPieces, maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 300 }),
  fc.string({ unit: 'grapheme', maxLength: 300 }),
);

let parent: string;
let folder: string;

beforeEach(async () => {
  parent = await makeTempDir('newsroom-export-names-');
  folder = join(parent, 'chosen');
  await mkdir(folder);
  await writeFile(join(parent, 'outside.txt'), 'must stay as it is');
});
afterEach(async () => {
  await removeTempDir(parent);
});

describe('names from release text', () => {
  it('stay inside the chosen folder by Windows’ rules too, and never read as an option', () => {
    fc.assert(
      fc.property(trickyText, trickyText, (reference, headline) => {
        for (const name of [
          safePdfFileName(`${reference}${headline}`),
          defaultPdfFileName({ reference, headline, language: 'en' }),
        ]) {
          expect(staysInWindowsFolder(name), JSON.stringify(name)).toBe(true);
          expect(name.startsWith('-'), JSON.stringify(name)).toBe(false);
          expect(name.toLowerCase().endsWith('.pdf')).toBe(true);
        }
      }),
      { numRuns: 3_000, seed: 20_261_128 },
    );
  });

  it.each([
    ['C:..\\..\\Windows\\win.ini', 'C-..-..-Windows-win.ini.pdf'],
    ['report.pdf:Zone.Identifier', 'report.pdf-Zone.Identifier.pdf'],
    ['x::$DATA', 'x-$DATA.pdf'],
    ['\\\\?\\C:\\Windows', 'C-Windows.pdf'],
    ['CON .pdf', '_CON.pdf'],
    ['aux.', '_aux.pdf'],
    ['Com1.pdf.pdf', '_Com1.pdf.pdf'],
    ['--help', 'help.pdf'],
    ['\u200fexe.pdf', 'exe.pdf'],
    ['\u00ad', 'Press release.pdf'],
  ])('makes %j into %j', (wanted, expected) => {
    expect(safePdfFileName(wanted)).toBe(expected);
  });
});

describe('a batch export to a folder', () => {
  it('gives releases whose names differ only in case or Unicode form files of their own', async () => {
    const releases = [
      releaseNamed('DC 1', 'Café talks'),
      releaseNamed('dc 1', 'CAFÉ TALKS'),
      releaseNamed('DC 1', 'Cafe\u0301 talks'),
      releaseNamed('DC 1', 'Café talks'),
    ];
    const jobs = await planFolderExport(releases, folder);
    const names = jobs.map(({ targetPath }) => targetPath.slice(folder.length + 1));
    expect(new Set(names.map((name) => name.normalize('NFC').toLowerCase())).size).toBe(releases.length);
    for (const { targetPath } of jobs) expect(dirname(targetPath)).toBe(folder);
  });

  it('does not write through a link planted where a PDF would go, before the plan or after it', async () => {
    const outside = join(parent, 'outside.txt');
    const wanted = releaseNamed('DC 7(2026)', 'Harbour towns agree');
    const defaultName = defaultPdfFileName(wanted.release);
    // Before the plan: the name is taken, so the PDF gets the next one.
    await symlink(outside, join(folder, defaultName));
    const [job] = await planFolderExport([wanted], folder);
    expect(job!.targetPath).toBe(join(folder, defaultName.replace(/\.pdf$/, ' (2).pdf')));
    // Between the plan and the write: the rename replaces the link itself, it never follows it.
    await symlink(outside, job!.targetPath);
    await writeFileAtomically(job!.targetPath, new TextEncoder().encode('%PDF-1.7 fake'));
    expect(await readFile(outside, 'utf8')).toBe('must stay as it is');
    expect((await lstat(job!.targetPath)).isFile()).toBe(true);
    expect((await lstat(join(folder, defaultName))).isSymbolicLink()).toBe(true);
  });

  it('writes every release of a hostile batch inside the folder, and nothing anywhere else', async () => {
    let run = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(trickyText, trickyText), { minLength: 1, maxLength: 4 }),
        async (texts) => {
          run += 1;
          const target = join(folder, `run-${run}`);
          await mkdir(target);
          const jobs = await planFolderExport(
            texts.map(([reference, headline]) => releaseNamed(reference, headline)),
            target,
          );
          for (const { targetPath } of jobs) {
            expect(dirname(targetPath)).toBe(target);
            await writeFileAtomically(targetPath, new TextEncoder().encode('%PDF-1.7 fake'));
          }
          const written = await readdir(target);
          expect(written).toHaveLength(texts.length);
          for (const name of written) {
            expect(Buffer.byteLength(name)).toBeLessThanOrEqual(255);
            expect((await lstat(join(target, name))).isFile()).toBe(true);
          }
        },
      ),
      { numRuns: 60, seed: 20_261_128 },
    );
    expect((await readdir(parent)).sort()).toEqual(['chosen', 'outside.txt']);
    expect(await readFile(join(parent, 'outside.txt'), 'utf8')).toBe('must stay as it is');
  });

  it('keeps a path outside the folder out even when the folder is given with dot segments', async () => {
    const winding = `${folder}/./sub/../../chosen`;
    for (const wanted of ['../outside.txt', '..', '.', '/etc/passwd', `..${'/..'.repeat(40)}/etc/passwd`]) {
      expect(dirname(await resolveInsideFolder(winding, wanted))).toBe(folder);
    }
  });
});
