import type { Release } from '../../shared/schemas/release';
import { writeFailure } from '../backup/fs-errors';
import type { ReleaseRenderContext } from '../release-render/render-release-html';
import { PdfPrintError, type PdfPrintErrorCode } from './pdf-print-error';
import type { PdfPrinter, PrintedPdf } from './pdf-printer';
import { renderReleasePdf } from './render-release-pdf';
import { writeFileAtomically } from '../store/atomic-write';

/** One release to export, and where its PDF goes. */
export interface ReleaseExportJob {
  release: Release;
  context: ReleaseRenderContext;
  /** An absolute path, already confirmed by the person or made by `planFolderExport`. */
  targetPath: string;
}

export interface ExportedRelease {
  releaseId: string;
  targetPath: string;
  pages: number;
}

/** Why a release was not exported: how printing failed, or `write-failed` for the file itself. */
export type ReleaseExportFailureCode = PdfPrintErrorCode | 'write-failed';

export interface FailedRelease {
  releaseId: string;
  targetPath: string;
  code: ReleaseExportFailureCode;
  /** In English, for the log: "Could not write /path/x.pdf: the disk is full". */
  message: string;
}

/** What a batch did; the releases neither done nor failed were skipped after a cancel. */
export interface ReleaseExportSummary {
  done: ExportedRelease[];
  failed: FailedRelease[];
  /** The ids of the releases not attempted because the batch was cancelled, in job order. */
  skipped: string[];
  cancelled: boolean;
}

/** Sent after each release, done or failed. */
export interface ReleaseExportProgress {
  /** Releases finished so far, this one included. */
  completed: number;
  total: number;
  releaseId: string;
  outcome: 'done' | 'failed';
}

export interface ExportReleasesOptions {
  /** The app's version, for the PDF producer ("Newsroom 0.1.0"). */
  appVersion: string;
  /** Cancels the batch between two releases: the one being printed is finished and kept. */
  signal?: AbortSignal;
  onProgress?: (progress: ReleaseExportProgress) => void;
  /** The export time written into each PDF; now by default. */
  now?: () => Date;
  /** Writes one PDF; replaceable to test disk failures. Atomic by default. */
  writeFile?: (path: string, bytes: Uint8Array) => Promise<void>;
}

type ExportOutcome =
  { outcome: 'done'; exported: ExportedRelease } | { outcome: 'failed'; failure: FailedRelease };

/** Prints and writes one release; a failure is returned, not thrown, so that the batch goes on. */
async function exportOne(
  { release, context, targetPath }: ReleaseExportJob,
  printer: PdfPrinter,
  options: ExportReleasesOptions,
): Promise<ExportOutcome> {
  const failed = (code: ReleaseExportFailureCode, message: string): ExportOutcome => ({
    outcome: 'failed',
    failure: { releaseId: release.id, targetPath, code, message },
  });
  const exportedAt = options.now?.() ?? new Date();
  let printed: PrintedPdf;
  try {
    printed = await renderReleasePdf(release, context, printer, options.appVersion, exportedAt);
  } catch (error) {
    if (error instanceof PdfPrintError) return failed(error.code, error.message);
    return failed('print-failed', error instanceof Error ? error.message : String(error));
  }
  try {
    await (options.writeFile ?? writeFileAtomically)(targetPath, printed.pdf);
  } catch (error) {
    return failed('write-failed', writeFailure(targetPath, error).message);
  }
  return { outcome: 'done', exported: { releaseId: release.id, targetPath, pages: printed.pages } };
}

/**
 * Exports `jobs` one after another through `printer`, each PDF written atomically to its target
 * path. A release that fails is reported and the batch goes on; a cancel stops it between two
 * releases. Resolves with what was done, what failed and why, and what was skipped.
 */
export async function exportReleases(
  jobs: readonly ReleaseExportJob[],
  printer: PdfPrinter,
  options: ExportReleasesOptions,
): Promise<ReleaseExportSummary> {
  const summary: ReleaseExportSummary = { done: [], failed: [], skipped: [], cancelled: false };
  for (const [index, job] of jobs.entries()) {
    if (options.signal?.aborted) {
      summary.cancelled = true;
      summary.skipped = jobs.slice(index).map((skipped) => skipped.release.id);
      break;
    }
    const result = await exportOne(job, printer, options);
    if (result.outcome === 'done') summary.done.push(result.exported);
    else summary.failed.push(result.failure);
    options.onProgress?.({
      completed: index + 1,
      total: jobs.length,
      releaseId: job.release.id,
      outcome: result.outcome,
    });
  }
  return summary;
}
