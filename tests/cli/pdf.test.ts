import { copyFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { StoreLock } from '../../electron/core/store/store-lock';
import { makeTempDir, removeTempDir } from '../support/temp-dir';
import { pageTexts, pdfInfo } from '../e2e/pdf/poppler';
import { described, jsonOf, newsroom, REPO_ROOT, succeeded } from './support/newsroom-process';
import { riverside, riversideMarkdown } from './support/release-files';

interface PdfReport {
  exported: {
    id: string;
    reference: string;
    language: string;
    headline: string;
    path: string;
    pages: number;
  }[];
  failed: { id: string; path: string; code: string; message: string }[];
}
interface ErrorReport {
  error: { code: string; message: string };
}

const HARBOURVIEW_HEADLINE = 'Harbourview Civic Archive opens its restored reading room to the public';

let root: string;
let dataDir: string;
let lock: StoreLock;
const file = (name: string) => join(root, name);
const run = (args: readonly string[], env: Record<string, string | undefined> = {}) =>
  newsroom(args, { dataDir, env });
/** The text of a whole PDF, whitespace folded. */
const textOf = (path: string, pages: number) => pageTexts(path, pages).join(' ');

beforeAll(async () => {
  root = await makeTempDir('newsroom-cli-pdf-');
  dataDir = join(root, 'data');
  await writeFile(file('riverside.md'), riversideMarkdown);
  await copyFile(join(REPO_ROOT, 'tests/fixtures/releases/harbourview.txt'), file('harbourview.txt'));
  succeeded(await run(['releases', 'import', file('riverside.md')]));
  succeeded(await run(['releases', 'import', file('harbourview.txt')]));
  // Printing only reads: it works while the app has the folder open.
  lock = await StoreLock.acquire(dataDir, 'the Newsroom app');
});
afterAll(async () => {
  await lock.release();
  await removeTempDir(root);
});

describe('newsroom pdf', () => {
  it('prints one release, by reference number, and every release to a folder with progress', async () => {
    const [one, all] = await Promise.all([
      run(['pdf', 'HCA 42(2026)', '--out', file('harbourview.pdf'), '--json']),
      run(['pdf', '--all', '--out-dir', file('pdfs')]),
    ]);

    const report = jsonOf<PdfReport>(succeeded(one));
    expect(report.failed).toEqual([]);
    expect(report.exported).toEqual([
      expect.objectContaining({
        reference: 'HCA 42(2026)',
        language: 'en',
        headline: HARBOURVIEW_HEADLINE,
        path: file('harbourview.pdf'),
      }),
    ]);
    const { pages } = report.exported[0]!;
    const info = pdfInfo(file('harbourview.pdf'));
    expect(Number(info.Pages)).toBe(pages);
    expect(info.Title).toBe(HARBOURVIEW_HEADLINE);
    expect(info.Tagged).toBe('yes');
    const text = textOf(file('harbourview.pdf'), pages);
    expect(text).toContain(HARBOURVIEW_HEADLINE);
    expect(text).toContain(`Page ${pages} of ${pages}`);
    expect(one.stderr).toMatch(/newsroom: printing with (system browser|NEWSROOM_CHROMIUM|installed )/);

    succeeded(all);
    const written = (await readdir(file('pdfs'))).sort();
    expect(written).toEqual([
      'HCA 42(2026) EN Harbourview Civic Archive opens its….pdf',
      'RVL 7(2026) EN Riverside Library opens a night reading….pdf',
    ]);
    expect(all.stdout).toBe(`Exported 2 releases to ${file('pdfs')}.\n`);
    expect(all.stderr).toMatch(/\[1\/2\] wrote .+\.pdf\n/);
    expect(all.stderr).toMatch(/\[2\/2\] wrote .+\.pdf\n/);
    const riversidePdf = join(file('pdfs'), written[1]!);
    const riversidePages = Number(pdfInfo(riversidePdf).Pages);
    expect(riversidePages).toBeGreaterThanOrEqual(1);
    expect(textOf(riversidePdf, riversidePages)).toContain(riverside.headline);
  });

  it('fails with a reason: an unknown release, no Chromium, a file it cannot write', async () => {
    const [unknown, noChromium, unwritable] = await Promise.all([
      run(['pdf', 'ACT 1(2020)', '--out', file('x.pdf'), '--json']),
      run(['pdf', 'HCA 42(2026)', '--out', file('y.pdf'), '--json'], {
        NEWSROOM_CHROMIUM: '/nonexistent/chromium',
      }),
      run(['pdf', 'HCA 42(2026)', '--out', file('no-such-folder/z.pdf'), '--json']),
    ]);
    for (const result of [unknown, noChromium, unwritable]) expect(result.code, described(result)).toBe(1);
    expect(jsonOf<ErrorReport>(unknown).error.code).toBe('NOT_FOUND');
    const chromium = jsonOf<ErrorReport>(noChromium).error;
    expect(chromium.code).toBe('NO_CHROMIUM');
    expect(chromium.message).toBe(
      'NEWSROOM_CHROMIUM points to /nonexistent/chromium, which does not exist. Install Chromium (Debian and Ubuntu: sudo apt-get install chromium), Google Chrome or Microsoft Edge, or set NEWSROOM_CHROMIUM to the path of a Chromium or Chrome executable.',
    );
    const write = jsonOf<ErrorReport>(unwritable).error;
    expect(write.code).toBe('EXPORT_FAILED');
    expect(write.message.startsWith(`Could not write ${file('no-such-folder/z.pdf')}: `)).toBe(true);
    expect(unwritable.stderr).toContain(`newsroom: error: Could not write ${file('no-such-folder/z.pdf')}`);
    expect(await readdir(root)).not.toContain('x.pdf');
  });
});
