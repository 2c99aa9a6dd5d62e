import type { PlatformHandlers } from '../core/ipc/channel-handlers';
import { defaultPdfFileName } from '../core/pdf/export-file-name';
import { exportReleases, type ReleaseExportSummary } from '../core/pdf/export-releases';
import { planFolderExport } from '../core/pdf/plan-folder-export';
import type { PdfPrinter } from '../core/pdf/pdf-printer';
import { storeRenderContext } from '../core/release-render/store-render-context';
import type { StoreSession } from '../core/store/store-session';
import type { PdfExportProgress } from '../shared/schemas/pdf-export';
import { AppFailure } from '../shared/result';
import type { ExportedFiles } from './exported-files';
import type { Desktop } from './platform-handlers';

export interface PdfExportOptions {
  /** Electron's printer in the app, Chromium's in tests; it opens its windows at the first export. */
  printer: PdfPrinter;
  /** The app's version, for each PDF's producer. */
  appVersion: string;
  /** Tells the renderer how a batch is getting on. */
  sendProgress: (progress: PdfExportProgress) => void;
  exportedFiles: ExportedFiles;
}

type ExportHandlers = Pick<
  PlatformHandlers,
  'pdf:exportRelease' | 'pdf:exportReleases' | 'pdf:cancelExport' | 'exports:open' | 'exports:showInFolder'
>;

/** Names the release when its export fails as a whole, for the error envelope. */
function failureOf(summary: ReleaseExportSummary): AppFailure | null {
  const [failure] = summary.failed;
  if (!failure) return null;
  return new AppFailure(failure.code === 'write-failed' ? 'WRITE_FAILED' : 'EXPORT_FAILED', failure.message);
}

/**
 * Exporting releases to PDF: one through a save dialog, many to a chosen folder with progress and
 * Cancel; then opening or showing what was exported, and nothing else.
 */
export function createPdfExportHandlers(
  session: StoreSession,
  desktop: Desktop,
  { printer, appVersion, sendProgress, exportedFiles }: PdfExportOptions,
): ExportHandlers {
  /** The batch running now, if any: one at a time, since there is one printer and one progress bar. */
  let batch: AbortController | null = null;
  const renderable = async (id: string) => {
    const release = await session.store.releases.get(id);
    return { release, context: await storeRenderContext(session.store, release) };
  };
  const knownFile = (path: string) => {
    if (!exportedFiles.has(path)) {
      throw new AppFailure('NOT_FOUND', `${path.slice(0, 300)} is not a file exported in this session`);
    }
    return path;
  };

  return {
    'pdf:exportRelease': async ({ id }) => {
      const { release, context } = await renderable(id);
      const targetPath = await desktop.chooseSavePath('pdf', defaultPdfFileName(release));
      if (!targetPath) return { kind: 'cancelled' };
      const summary = await exportReleases([{ release, context, targetPath }], printer, { appVersion });
      const failure = failureOf(summary);
      if (failure) throw failure;
      exportedFiles.remember(targetPath);
      return { kind: 'exported', releaseId: id, path: targetPath, pages: summary.done[0]?.pages ?? 1 };
    },
    'pdf:exportReleases': async ({ ids }) => {
      if (batch) throw new AppFailure('BUSY', 'A batch export is already running');
      const releases = await Promise.all([...new Set(ids)].map(renderable));
      const folder = await desktop.chooseFolder('pdf-export');
      if (!folder) return { kind: 'cancelled' };
      const controller = new AbortController();
      batch = controller;
      try {
        const jobs = await planFolderExport(releases, folder);
        const summary = await exportReleases(jobs, printer, {
          appVersion,
          signal: controller.signal,
          onProgress: sendProgress,
        });
        exportedFiles.remember(folder);
        for (const done of summary.done) exportedFiles.remember(done.targetPath);
        return {
          kind: 'finished',
          folder,
          done: summary.done.map(({ releaseId, targetPath, pages }) => ({
            releaseId,
            path: targetPath,
            pages,
          })),
          failed: summary.failed.map(({ releaseId, targetPath, code, message }) => ({
            releaseId,
            path: targetPath,
            code,
            message,
          })),
          skipped: summary.skipped,
          cancelled: summary.cancelled,
        };
      } finally {
        batch = null;
      }
    },
    'pdf:cancelExport': () => {
      batch?.abort();
      return null;
    },
    'exports:open': async ({ path }) => {
      const problem = await desktop.openPath(knownFile(path));
      if (problem) throw new AppFailure('NOT_FOUND', `Could not open ${path.slice(0, 300)}: ${problem}`);
      return null;
    },
    'exports:showInFolder': ({ path }) => {
      desktop.showItemInFolder(knownFile(path));
      return null;
    },
  };
}
