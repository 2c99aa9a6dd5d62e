import { posix, win32 } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { safeFileName } from '../../../../../electron/core/files/safe-file-name';

/**
 * What makes a name safe, written apart from the code under test: the rules of Windows, macOS and
 * Linux, plus no character that could disguise the name.
 */
function problemsWith(name: string, extension: string): string[] {
  const stem = name.slice(0, -(extension.length + 1));
  const problems = [
    [!name.endsWith(`.${extension}`), `does not end in .${extension}`],
    [Buffer.byteLength(name, 'utf8') > 255, 'is longer than 255 bytes'],
    [Buffer.from(name, 'utf8').toString('utf8') !== name, 'is not well-formed UTF-16'],
    [/[\p{Cc}\p{Cf}<>:"/\\|?*]/u.test(name), 'holds a control, format or invalid character'],
    [/^[\s.]|[\s.]$/u.test(stem), 'has a stem starting or ending with a dot or a space'],
    [stem.trim() === '', 'has an empty stem'],
    [
      /^(con|prn|aux|nul|conin\$|conout\$|com[0-9¹²³]|lpt[0-9¹²³]) *$/i.test(name.split('.')[0] ?? ''),
      'is a reserved Windows device name',
    ],
    [posix.basename(name) !== name || win32.basename(name) !== name, 'holds a path'],
  ] as const;
  return problems.filter(([broken]) => broken).map(([, problem]) => `${JSON.stringify(name)} ${problem}`);
}

describe('safeFileName', () => {
  it.each([
    ['Press\u202Efdp.exe', 'Pressfdp.exe.vcf'],
    ['Press\u200B\u200Dlist\u2066', 'Presslist.vcf'],
    ['lone \uD800 surrogate \uDFFF', 'lone surrogate.vcf'],
    ['COM¹', '_COM¹.vcf'],
    ['conin$', '_conin$.vcf'],
    ['CON .x', '_CON .x.vcf'],
    ['lpt3.tar', '_lpt3.tar.vcf'],
    ['CONSOLE', 'CONSOLE.vcf'],
    ['..hidden list. ', 'hidden list.vcf'],
    ['tab\there\u0007', 'tab here.vcf'],
    ['Press/TV: "list"?', "Press-TV- 'list'.vcf"],
    ['list.VCF', 'list.vcf'],
    [' ... ', 'contacts.vcf'],
  ])('makes %j into %j', (wanted, expected) => {
    const name = safeFileName(wanted, 'vcf', { fallback: 'contacts' });
    expect(name).toBe(expected);
    expect(problemsWith(name, 'vcf')).toEqual([]);
  });

  it('keeps a suffix whole and shortens the stem to make room for it', () => {
    const name = safeFileName('é'.repeat(300), 'csv', { suffix: ' 2026-11-28' });
    expect(name).toBe(`${'é'.repeat(120)} 2026-11-28.csv`);
    expect(safeFileName('', 'pdf', { fallback: 'Press release', suffix: ' (2)' })).toBe(
      'Press release (2).pdf',
    );
    expect(safeFileName('nul', 'pdf', { suffix: ' (3)' })).toBe('_nul (3).pdf');
  });

  it('shortens a very long name in linear time', () => {
    const started = performance.now();
    const name = safeFileName('Ø'.repeat(40_000), 'csv');
    const elapsed = performance.now() - started;
    expect(Buffer.byteLength(name)).toBeLessThanOrEqual(255);
    expect(name).toBe(`${'Ø'.repeat(125)}.csv`);
    // The quadratic cut it replaces took 15 s here; a linear one takes a few milliseconds.
    expect(elapsed).toBeLessThan(500);
  });

  it('gives a valid name for any text, and changes nothing the second time (3,000 runs)', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ unit: 'binary', maxLength: 400 }),
          fc.string({ unit: 'grapheme', maxLength: 300 }),
        ),
        fc.constantFrom('vcf', 'csv', 'pdf'),
        fc.constantFrom('', ' 2026-11-28', ' (12)'),
        (wanted, extension, suffix) => {
          const name = safeFileName(wanted, extension, { fallback: 'contacts', suffix });
          expect(problemsWith(name, extension)).toEqual([]);
          expect(name.endsWith(`${suffix}.${extension}`)).toBe(true);
          if (suffix === '') expect(safeFileName(name, extension, { fallback: 'contacts' })).toBe(name);
        },
      ),
      { numRuns: 3_000 },
    );
  });
});
