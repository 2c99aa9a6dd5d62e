import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_IMPORT_BYTES } from '../../../../../electron/core/contacts-io/import-limits';
import { importRelease } from '../../../../../electron/core/release-import/import-release';
import { ReleaseImportError } from '../../../../../electron/core/release-import/release-import-error';
import type { ReleaseImportProblem } from '../../../../../electron/core/release-import/types';
import { DOCX_FIXTURE, releaseFixture } from './support/release-fixtures';

/** The problem an import is refused with; fails the test if it is not refused with a ReleaseImportError. */
async function refusal(
  fileName: string,
  bytes: Uint8Array,
): Promise<{ problem: ReleaseImportProblem; message: string }> {
  try {
    await importRelease({ fileName, bytes });
  } catch (error) {
    if (error instanceof ReleaseImportError) return { problem: error.problem, message: error.message };
    throw error;
  }
  throw new Error(`${fileName} was imported`);
}

const utf8 = (text: string) => new Uint8Array(Buffer.from(text, 'utf8'));

/** Bytes that look like nothing: a fixed pseudo-random sequence, the same on every run. */
function junk(length: number): Uint8Array {
  const bytes = new Uint8Array(length);
  let seed = 7;
  for (let index = 0; index < length; index++) {
    seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
    bytes[index] = seed >> 16;
  }
  return bytes;
}

describe('files that cannot be imported give a clear error, never a crash', () => {
  it('refuses a truncated Word document', async () => {
    const whole = releaseFixture(DOCX_FIXTURE).bytes;
    const refused = await refusal('release.docx', whole.slice(0, Math.floor(whole.byteLength / 2)));
    expect(refused.problem.code).toBe('unreadable-docx');
    expect(refused.message).toMatch(/^The file is not a Word document that can be read \(.+\)\.$/);
  });

  it('refuses text, or junk, named .docx', async () => {
    expect((await refusal('release.docx', utf8('Just some text'))).problem.code).toBe('unreadable-docx');
    expect((await refusal('release.docx', junk(4_096))).problem.code).toBe('unreadable-docx');
  });

  it.each(['release.txt', 'release.md', 'release.html', 'release.docx'])(
    'refuses an empty %s',
    async (name) => {
      expect(await refusal(name, new Uint8Array(0))).toEqual({
        problem: { code: 'empty-file' },
        message: 'The file is empty.',
      });
    },
  );

  it('refuses a text file of nothing but white space and a byte-order mark', async () => {
    expect((await refusal('release.txt', utf8('\uFEFF \n\t\r\n  '))).problem).toEqual({ code: 'empty-file' });
  });

  it('refuses binary junk named .txt, .md or .html', async () => {
    expect(await refusal('release.txt', junk(65_536))).toEqual({
      problem: { code: 'not-text', format: 'text' },
      message: 'The file does not hold text, so it cannot be read as plain text.',
    });
    expect((await refusal('release.md', junk(1_000))).problem).toEqual({
      code: 'not-text',
      format: 'markdown',
    });
    expect((await refusal('release.html', junk(1_000))).problem).toEqual({
      code: 'not-text',
      format: 'html',
    });
  });

  it('refuses a 60 MB file before reading it', async () => {
    const started = performance.now();
    const refused = await refusal('release.txt', new Uint8Array(60 * 1024 * 1024));
    expect(refused).toEqual({
      problem: { code: 'file-too-large', size: 60 * 1024 * 1024, maxSize: MAX_IMPORT_BYTES },
      message: 'The file is 60.0 MB; files over 50 MB cannot be imported.',
    });
    // Refused on its size alone: nothing was decoded or parsed.
    expect(performance.now() - started).toBeLessThan(1_000);
  });

  it.each([
    ['release.doc', 'doc'],
    ['release.pdf', 'pdf'],
    ['release.tar.gz', 'gz'],
    ['README', ''],
    ['.docx', ''],
  ])('refuses %s by its extension', async (name, extension) => {
    expect((await refusal(name, utf8('text'))).problem).toEqual({ code: 'unsupported-file-type', extension });
  });

  it('says which formats it reads', async () => {
    expect((await refusal('release.pdf', utf8('text'))).message).toBe(
      '.pdf files cannot be imported; releases are imported from .docx, .md, .html or .txt files.',
    );
  });

  it('refuses a page with no text once scripts and images are gone', async () => {
    const page = '<html><head><script>alert(1)</script></head><body><img src="x.gif"><p> </p></body></html>';
    expect(await refusal('page.html', utf8(page))).toEqual({
      problem: { code: 'no-content' },
      message: 'The file holds no text to import.',
    });
  });
});

describe('any bytes under any supported name', () => {
  it('are imported or refused with a ReleaseImportError, nothing else', async () => {
    const names = fc.constantFrom('a.docx', 'a.md', 'a.markdown', 'a.html', 'a.htm', 'a.txt');
    const bytes = fc.oneof(
      fc.uint8Array({ maxLength: 2_000 }),
      fc.string({ maxLength: 500 }).map(utf8),
      fc
        .integer({ min: 1, max: 10_000 })
        .map((length) => releaseFixture(DOCX_FIXTURE).bytes.slice(0, length)),
    );
    await fc.assert(
      fc.asyncProperty(names, bytes, async (fileName, content) => {
        try {
          await importRelease({ fileName, bytes: content });
        } catch (error) {
          expect(error).toBeInstanceOf(ReleaseImportError);
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('files in other encodings', () => {
  it('reads UTF-16 with a byte-order mark and windows-1252 text', async () => {
    const utf16 = new Uint8Array(Buffer.from('\uFEFFHeadline here\n\nThe Council said “yes”.', 'utf16le'));
    expect((await importRelease({ fileName: 'release.txt', bytes: utf16 })).fields.headline).toBe(
      'Headline here',
    );
    const windows1252 = new Uint8Array([...Buffer.from('Headline\n\nCo\u00fbt: 5 ', 'latin1'), 0x80, 0x0a]);
    const result = await importRelease({ fileName: 'release.TXT', bytes: windows1252 });
    expect(result.fields.body.content[0]?.content?.[0]?.text).toBe('Coût: 5 €');
  });
});
