import { Button, Group, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { api } from '../../../app/api-client';
import { showError } from '../../../app/error-notifications';
import { flushUnsavedWork } from '../../../app/unsaved-work';
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
      const notificationId = `pdf-exported-${outcome.path}`;
      const act = (action: (path: string) => Promise<null>) => () => {
        notifications.hide(notificationId);
        action(outcome.path).catch((error: unknown) => showError(i18n, error));
      };
      notifications.show({
        id: notificationId,
        color: 'green',
        autoClose: 12_000,
        message: (
          <Stack gap={6} data-testid="pdf-exported">
            <Text size="sm">
              {t('pdfExport.exported', { file: fileNameOf(outcome.path), count: outcome.pages })}
            </Text>
            <Group gap="xs">
              <Button size="xs" variant="light" onClick={act(api.openExportedFile)}>
                {t('pdfExport.open')}
              </Button>
              <Button size="xs" variant="default" onClick={act(api.showExportedFile)}>
                {t('pdfExport.showInFolder')}
              </Button>
            </Group>
          </Stack>
        ),
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
