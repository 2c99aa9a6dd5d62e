import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { PDFDocument } from 'pdf-lib';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  exportReleases,
  type ReleaseExportJob,
  type ReleaseExportProgress,
} from '../../../../../electron/core/pdf/export-releases';
import { PdfPrintError } from '../../../../../electron/core/pdf/pdf-print-error';
import type { PdfPrinter, PdfPrintJob } from '../../../../../electron/core/pdf/pdf-printer';
import { planFolderExport } from '../../../../../electron/core/pdf/plan-folder-export';
import { writeFileAtomically } from '../../../../../electron/core/store/atomic-write';
import type { Release } from '../../../../../electron/shared/schemas/release';
import { makeContext, makeRelease } from '../release-render/release-fixtures';
import { makeTempDir, removeTempDir } from '../../../../support/temp-dir';
import { taggedPdf } from './support/tagged-pdf';

const exportedAt = new Date('2026-11-12T09:30:00.000Z');

/** A printer that prints two pages, fails the releases whose headline says so, and logs each job. */
function fakePrinter(onPrint: (job: PdfPrintJob) => void = () => undefined) {
  const printed: string[] = [];
  const printer: PdfPrinter = {
    print: async (job) => {
      printed.push(job.title);
      onPrint(job);
      if (job.title.includes('timeout')) throw new PdfPrintError('print-timeout', 'Printing took too long');
      if (job.title.includes('crash')) throw new Error('Target crashed');
      return { pdf: await taggedPdf(2), pages: job.title.includes('miscounted') ? 3 : 2 };
    },
    close: async () => undefined,
  };
  return { printer, printed };
}

let folder: string;
beforeEach(async () => {
  folder = await makeTempDir('newsroom-pdf-export-');
});
afterEach(async () => {
  await removeTempDir(folder);
});

function releaseNumbered(index: number, overrides: Partial<Release> = {}): Release {
  return makeRelease({
    id: `00000000-0000-4000-8000-${String(index).padStart(12, '0')}`,
    headline: `Release ${index}`,
    ...overrides,
  });
}

function jobsFor(releases: Release[]): ReleaseExportJob[] {
  return releases.map((release) => ({
    release,
    context: makeContext(),
    targetPath: join(folder, `${release.headline}.pdf`),
  }));
}

describe('exportReleases', () => {
  it('writes each PDF with its metadata and reports progress', async () => {
    const { printer } = fakePrinter();
    const progress: ReleaseExportProgress[] = [];
    const jobs = jobsFor([releaseNumbered(1, { tags: ['climate'] }), releaseNumbered(2)]);
    const summary = await exportReleases(jobs, printer, {
      appVersion: '0.1.0',
      now: () => exportedAt,
      onProgress: (update) => progress.push(update),
    });
    expect(summary).toEqual({
      done: jobs.map((job) => ({ releaseId: job.release.id, targetPath: job.targetPath, pages: 2 })),
      failed: [],
      skipped: [],
      cancelled: false,
    });
    expect(progress).toEqual([
      { completed: 1, total: 2, releaseId: jobs[0]!.release.id, outcome: 'done' },
      { completed: 2, total: 2, releaseId: jobs[1]!.release.id, outcome: 'done' },
    ]);
    const written = await PDFDocument.load(await readFile(jobs[0]!.targetPath), { updateMetadata: false });
    expect([written.getTitle(), written.getKeywords(), written.getProducer()]).toEqual([
      'Release 1',
      'climate',
      'Newsroom 0.1.0',
    ]);
    expect(written.getCreationDate()).toEqual(exportedAt);
    expect((await readdir(folder)).sort()).toEqual(['Release 1.pdf', 'Release 2.pdf']);
  });

  it('goes on after a failure, and says which release failed and why', async () => {
    const { printer, printed } = fakePrinter();
    const jobs = jobsFor([
      releaseNumbered(1, { headline: 'timeout 1' }),
      releaseNumbered(2, { headline: 'crash 2' }),
      releaseNumbered(3, { headline: 'miscounted 3' }),
      releaseNumbered(4),
      releaseNumbered(5),
    ]);
    jobs[3]!.targetPath = join(folder, 'missing folder', 'x.pdf');
    const summary = await exportReleases(jobs, printer, { appVersion: '1' });
    expect(printed).toHaveLength(5);
    expect(summary.done.map((done) => done.releaseId)).toEqual([jobs[4]!.release.id]);
    expect(summary.failed).toEqual([
      expect.objectContaining({ releaseId: jobs[0]!.release.id, code: 'print-timeout' }),
      expect.objectContaining({
        releaseId: jobs[1]!.release.id,
        code: 'print-failed',
        message: 'Target crashed',
      }),
      expect.objectContaining({
        releaseId: jobs[2]!.release.id,
        code: 'print-failed',
        message: 'The print page laid out 3 page(s) but the PDF has 2',
      }),
      {
        releaseId: jobs[3]!.release.id,
        targetPath: jobs[3]!.targetPath,
        code: 'write-failed',
        message: `Could not write ${jobs[3]!.targetPath}: the folder does not exist`,
      },
    ]);
    expect(await readdir(folder)).toEqual(['Release 5.pdf']);
  });

  it('stops between two releases when cancelled, keeping the one being printed', async () => {
    const controller = new AbortController();
    const { printer, printed } = fakePrinter((job) => {
      if (job.title === 'Release 2') controller.abort();
    });
    const jobs = jobsFor([1, 2, 3, 4].map((index) => releaseNumbered(index)));
    const summary = await exportReleases(jobs, printer, { appVersion: '1', signal: controller.signal });
    expect(printed).toEqual(['Release 1', 'Release 2']);
    expect(summary.done.map((done) => done.releaseId)).toEqual([jobs[0]!.release.id, jobs[1]!.release.id]);
    expect(summary.skipped).toEqual([jobs[2]!.release.id, jobs[3]!.release.id]);
    expect(summary.cancelled).toBe(true);
  });

  it('does nothing when cancelled before it starts', async () => {
    const { printer, printed } = fakePrinter();
    const jobs = jobsFor([releaseNumbered(1)]);
    const summary = await exportReleases(jobs, printer, { appVersion: '1', signal: AbortSignal.abort() });
    expect(printed).toEqual([]);
    expect(summary).toEqual({ done: [], failed: [], skipped: [jobs[0]!.release.id], cancelled: true });
  });
});

describe('writeFileAtomically', () => {
  it('replaces the file whole, next to a 255-byte name, and leaves no temp file', async () => {
    const path = join(folder, `${'é'.repeat(125)}.pdf`);
    await writeFile(path, 'old');
    await writeFileAtomically(path, new Uint8Array([37, 80, 68, 70]));
    expect(await readFile(path, 'latin1')).toBe('%PDF');
    expect(await readdir(folder)).toEqual([`${'é'.repeat(125)}.pdf`]);
  });

  it('leaves what was there and no temp file when the rename fails', async () => {
    const target = join(folder, 'a folder.pdf');
    await mkdir(target);
    await writeFile(join(target, 'inside'), 'kept');
    await expect(writeFileAtomically(target, new Uint8Array([1]))).rejects.toThrow();
    expect(await readdir(folder)).toEqual(['a folder.pdf']);
    expect(await readFile(join(target, 'inside'), 'utf8')).toBe('kept');
  });
});

describe('planFolderExport', () => {
  it('gives each release its default name, numbered against the folder and the batch', async () => {
    await writeFile(join(folder, 'ACT 042(2026) EN Release 3.pdf'), '');
    const releases = [
      releaseNumbered(1, { headline: 'Same headline' }),
      releaseNumbered(2, { headline: 'SAME headline' }),
      releaseNumbered(3),
      releaseNumbered(4, { headline: '../../etc/passwd' }),
    ].map((release) => ({ release, context: makeContext() }));
    const jobs = await planFolderExport(releases, folder);
    expect(jobs.map((job) => job.targetPath)).toEqual([
      join(folder, 'ACT 042(2026) EN Same headline.pdf'),
      join(folder, 'ACT 042(2026) EN SAME headline (2).pdf'),
      join(folder, 'ACT 042(2026) EN Release 3 (2).pdf'),
      join(folder, 'ACT 042(2026) EN ..-..-etc-passwd.pdf'),
    ]);
    expect(jobs.map((job) => job.release)).toEqual(releases.map((entry) => entry.release));
  });
});
