import { Alert, Button, Group, List, Modal, Progress, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { api } from '../../../app/api-client';
import { showError } from '../../../app/error-notifications';
import { usePdfBatch } from './pdf-batch-store';

/** A batch export to PDF: its progress with Cancel, then what was exported, what failed and why. */
export function PdfBatchDialog() {
  const { t } = useTranslation();
  const phase = usePdfBatch((state) => state.phase);
  const reset = usePdfBatch((state) => state.reset);
  return (
    <Modal
      opened={phase !== 'idle'}
      onClose={reset}
      title={t('pdfExport.batchTitle')}
      // While it runs, the dialog closes only through Cancel, which waits for the batch to stop.
      withCloseButton={phase === 'finished'}
      closeOnEscape={phase === 'finished'}
      closeOnClickOutside={false}
      lockScroll={false}
    >
      {phase === 'finished' ? <BatchSummary /> : <BatchProgress />}
    </Modal>
  );
}

function BatchProgress() {
  const { t, i18n } = useTranslation();
  const { total, completed, cancelling, cancel } = usePdfBatch();
  const label = t('pdfExport.progress', { completed, total });
  return (
    <Stack>
      <Progress value={total ? (completed / total) * 100 : 0} aria-label={label} animated={!cancelling} />
      <Text size="sm" role="status">
        {cancelling ? t('pdfExport.cancelling') : label}
      </Text>
      <Group justify="flex-end">
        <Button
          variant="default"
          disabled={cancelling}
          onClick={() => {
            cancel();
            api.cancelPdfExport().catch((error: unknown) => showError(i18n, error));
          }}
        >
          {t('pdfExport.cancel')}
        </Button>
      </Group>
    </Stack>
  );
}

function BatchSummary() {
  const { t, i18n } = useTranslation();
  const { outcome, headlines, reset } = usePdfBatch();
  if (!outcome) return null;
  const headlineOf = (id: string) => headlines[id] || t('releases.untitled');
  return (
    <Stack data-testid="pdf-batch-summary">
      <Text size="sm">
        {t('pdfExport.summaryDone', { count: outcome.done.length, folder: outcome.folder })}
      </Text>
      {outcome.failed.length > 0 ? (
        <Alert color="red" title={t('pdfExport.summaryFailed', { count: outcome.failed.length })}>
          <List size="sm">
            {outcome.failed.map((failure) => (
              <List.Item key={failure.releaseId}>
                {headlineOf(failure.releaseId)}: {t(`pdfExport.failure.${failure.code}`)}
              </List.Item>
            ))}
          </List>
        </Alert>
      ) : null}
      {outcome.cancelled ? (
        <Text size="sm" c="dimmed">
          {t('pdfExport.summarySkipped', { count: outcome.skipped.length })}
        </Text>
      ) : null}
      <Group justify="flex-end">
        {outcome.done.length > 0 ? (
          <Button
            variant="default"
            onClick={() => {
              api.openExportedFile(outcome.folder).catch((error: unknown) => showError(i18n, error));
            }}
          >
            {t('pdfExport.openFolder')}
          </Button>
        ) : null}
        <Button onClick={reset}>{t('pdfExport.close')}</Button>
      </Group>
    </Stack>
  );
}
