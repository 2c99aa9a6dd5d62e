import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join, posix, win32 } from 'node:path';
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  defaultPdfFileName,
  numberedPdfFileName,
  safePdfFileName,
} from '../../../../../electron/core/pdf/export-file-name';
import { resolveInsideFolder } from '../../../../../electron/core/pdf/resolve-inside-folder';
import { makeTempDir, removeTempDir } from '../../../../support/temp-dir';

/**
 * What makes a file name safe, written independently of the code under test: the rules of
 * Windows, macOS and Linux, plus no character that could disguise the name.
 */
function problemsWith(name: string): string[] {
  const stem = name.slice(0, -'.pdf'.length);
  const problems = [
    [!name.endsWith('.pdf'), 'does not end in .pdf'],
    [Buffer.byteLength(name, 'utf8') > 255, 'is longer than 255 bytes'],
    [Buffer.from(name, 'utf8').toString('utf8') !== name, 'is not well-formed UTF-16'],
    [/[\p{Cc}\p{Cf}<>:"/\\|?*]/u.test(name), 'holds a control, format or invalid character'],
    [/^[\s.]|[\s.]$/u.test(name), 'starts with a dot or a space, or ends with one'],
    [/[\s.]$/u.test(stem), 'has a stem ending with a dot or a space'],
    [stem.trim() === '', 'has an empty stem'],
    [
      /^(con|prn|aux|nul|conin\$|conout\$|com[0-9¹²³]|lpt[0-9¹²³]) *$/i.test(name.split('.')[0] ?? ''),
      'is a reserved Windows device name',
    ],
    [posix.basename(name) !== name || win32.basename(name) !== name, 'holds a path'],
  ] as const;
  return problems.filter(([broken]) => broken).map(([, problem]) => `"${name}" ${problem}`);
}

/** Pieces that break naive file names, mixed into generated strings. */
const hostilePiece = fc.oneof(
  fc.constantFrom(
    '..',
    '../',
    '..\\',
    '/',
    '\\',
    'C:',
    '.',
    ' ',
    '\t',
    '\n',
    '\0',
    '\u202e',
    '\u2066',
    '\u200b',
    '\ufeff',
    'CON',
    'nul',
    'COM1',
    'lpt¹',
    'conout$',
    '.pdf',
    ':',
    '*',
    '?',
    '"',
    '<',
    '>',
    '|',
    'é',
    'e\u0301',
    '👩‍👩‍👧',
    '🇫🇷',
    '\u{10ffff}',
    '\ufffe',
  ),
  fc.integer({ min: 0xd800, max: 0xdfff }).map((unit) => String.fromCharCode(unit)),
  fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }),
);
const anyName = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 400 }),
  fc.string({ unit: 'grapheme', maxLength: 300 }),
  fc.string({ unit: hostilePiece, maxLength: 200 }),
);

let folder: string;
beforeEach(async () => {
  folder = await makeTempDir('newsroom-pdf-names-');
});
afterEach(async () => {
  await removeTempDir(folder);
});

describe('safePdfFileName', () => {
  // reliability-security.md, test plan row 13.
  it.each([
    ['../../x', 'x.pdf'],
    ['..\\x', 'x.pdf'],
    ['/etc/passwd', 'etc-passwd.pdf'],
    ['C:\\x', 'C-x.pdf'],
    ['CON', '_CON.pdf'],
    ['nul.pdf', '_nul.pdf'],
    ['a:b*?', 'a-b.pdf'],
    ['invoice\u202efdp.exe', 'invoicefdp.exe.pdf'],
    ['a\0b', 'ab.pdf'],
    ['é'.repeat(300), `${'é'.repeat(125)}.pdf`],
    ['.', 'Press release.pdf'],
    ['', 'Press release.pdf'],
    ['Annual report.', 'Annual report.pdf'],
    ['Annual report ', 'Annual report.pdf'],
  ])('makes %j into %j', async (wanted, expected) => {
    const name = safePdfFileName(wanted);
    expect(name).toBe(expected);
    expect(problemsWith(name)).toEqual([]);
    expect(dirname(await resolveInsideFolder(folder, wanted))).toBe(folder);
  });

  it('keeps a name that is already safe as it is, accents and all', () => {
    expect(safePdfFileName('Łódź, Ålesund & Gdańsk – 12 (2026).pdf')).toBe(
      'Łódź, Ålesund & Gdańsk – 12 (2026).pdf',
    );
    expect(safePdfFileName('COM1.tar')).toBe('_COM1.tar.pdf');
    expect(safePdfFileName('CONSOLE')).toBe('CONSOLE.pdf');
  });

  it('cuts a long name between characters, never inside one', () => {
    const flags = safePdfFileName('🇫🇷'.repeat(100));
    expect(Buffer.byteLength(flags)).toBeLessThanOrEqual(255);
    expect(flags).toBe(`${'🇫🇷'.repeat(31)}.pdf`);
    // One "character" of 1,001 code points (the first two composed into "é") is cut between them.
    const stacked = safePdfFileName(`e${'\u0301'.repeat(1000)}`);
    expect(problemsWith(stacked)).toEqual([]);
    expect(stacked).toBe(`é${'\u0301'.repeat(124)}.pdf`);
  });

  it('gives a valid name that stays inside the folder for any string (5,000 runs)', async () => {
    await fc.assert(
      fc.asyncProperty(anyName, async (wanted) => {
        const name = safePdfFileName(wanted);
        expect(problemsWith(name)).toEqual([]);
        expect(safePdfFileName(name)).toBe(name);
        const path = await resolveInsideFolder(folder, wanted, async () => false);
        expect(dirname(path)).toBe(folder);
        expect(path).toBe(join(folder, name));
      }),
      { numRuns: 5_000 },
    );
  });
});

describe('defaultPdfFileName', () => {
  const release = {
    reference: 'ACT 042(2026)',
    language: 'en',
    headline: 'Coastal towns and Nordlys Energy agree partnership on storm-surge warnings',
  } as const;

  it('is the reference, the language and the short headline', () => {
    expect(defaultPdfFileName(release)).toBe('ACT 042(2026) EN Coastal towns and Nordlys Energy agree….pdf');
    expect(defaultPdfFileName({ ...release, reference: 'DC 12/2026', language: 'fr' })).toBe(
      'DC 12-2026 FR Coastal towns and Nordlys Energy agree….pdf',
    );
    expect(defaultPdfFileName({ ...release, reference: '', headline: ' ' })).toBe('Press release EN.pdf');
  });

  it('is valid whatever the reference and headline hold', () => {
    fc.assert(
      fc.property(anyName, anyName, (reference, headline) => {
        expect(problemsWith(defaultPdfFileName({ reference, language: 'de', headline }))).toEqual([]);
      }),
      { numRuns: 1_000 },
    );
  });
});

describe('resolveInsideFolder', () => {
  it('numbers the name when the file exists, keeping the number within 255 bytes', async () => {
    await writeFile(join(folder, 'Report.pdf'), '');
    await writeFile(join(folder, 'Report (2).pdf'), '');
    expect(await resolveInsideFolder(folder, 'Report')).toBe(join(folder, 'Report (3).pdf'));

    const long = 'é'.repeat(300);
    await writeFile(join(folder, safePdfFileName(long)), '');
    const second = await resolveInsideFolder(folder, long);
    expect(second.endsWith(' (2).pdf')).toBe(true);
    expect(problemsWith(second.slice(folder.length + 1))).toEqual([]);
  });

  it('counts a folder or a dangling link as taken, and resolves a relative folder', async () => {
    await mkdir(join(folder, 'Sub.pdf'));
    expect(await resolveInsideFolder(folder, 'Sub.pdf')).toBe(join(folder, 'Sub (2).pdf'));
    const { symlink } = await import('node:fs/promises');
    await symlink(join(folder, 'nowhere'), join(folder, 'Link.pdf'));
    expect(await resolveInsideFolder(folder, 'Link')).toBe(join(folder, 'Link (2).pdf'));
    expect(dirname(await resolveInsideFolder(`${folder}/./sub/..`, '../x'))).toBe(folder);
  });

  it('numbers any name into a valid one', () => {
    fc.assert(
      fc.property(anyName, fc.integer({ min: 2, max: 9_999 }), (wanted, copy) => {
        expect(problemsWith(numberedPdfFileName(wanted, copy))).toEqual([]);
      }),
      { numRuns: 1_000 },
    );
  });
});
