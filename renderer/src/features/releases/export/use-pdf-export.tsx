import { useTranslation } from 'react-i18next';
import { api } from '../../../app/api-client';
import { showError } from '../../../app/error-notifications';
import { flushUnsavedWork } from '../../../app/unsaved-work';
import { showExportedFile } from '../../../ui/exported-file-notification';
import { fileNameOf } from '../../../ui/file-name';
import { usePdfBatch } from './pdf-batch-store';

/**
 * Exporting releases to PDF: one through the save dialog, then a notification with "Open" and
 * "Show in folder"; many to a folder, followed in the batch dialog. What is typed but not yet
 * saved is saved first, so that the PDF is the release as it is on screen.
 */
export function usePdfExport() {
  const { t, i18n } = useTranslation();

  const exportOne = async (id: string) => {
    try {
      await flushUnsavedWork();
      const outcome = await api.exportReleasePdf(id);
      if (outcome.kind === 'cancelled') return;
      showExportedFile(outcome.path, {
        message: t('pdfExport.exported', { file: fileNameOf(outcome.path), count: outcome.pages }),
        openLabel: t('pdfExport.open'),
        showInFolderLabel: t('pdfExport.showInFolder'),
        open: api.openExportedFile,
        showInFolder: api.showExportedFile,
        onError: (error) => showError(i18n, error),
        testId: 'pdf-exported',
      });
    } catch (error) {
      showError(i18n, error);
    }
  };

  const exportMany = async (releases: readonly { id: string; headline: string }[]) => {
    const batch = usePdfBatch.getState();
    if (batch.phase === 'running' || releases.length === 0) return;
    await flushUnsavedWork();
    batch.start(releases);
    const stopProgress = api.onPdfExportProgress((progress) => usePdfBatch.getState().progress(progress));
    try {
      const outcome = await api.exportReleasesPdf(releases.map((release) => release.id));
      if (outcome.kind === 'cancelled') usePdfBatch.getState().reset();
      else usePdfBatch.getState().finish(outcome);
    } catch (error) {
      usePdfBatch.getState().reset();
      showError(i18n, error);
    } finally {
      stopProgress();
    }
  };

  return { exportOne, exportMany };
}
