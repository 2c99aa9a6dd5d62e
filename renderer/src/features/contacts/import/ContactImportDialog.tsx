import { Alert, Button, Group, Modal, Progress, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ColumnMappingStep } from './ColumnMappingStep';
import { useContactImport, type ContactImportView } from './contact-import-store';
import { ImportPreview } from './ImportPreview';
import { cancelReading, closeImport } from './start-contact-import';

/**
 * The contact import, step by step: reading the file (progress and Cancel), mapping a spreadsheet's
 * columns when needed, then the preview where duplicates are decided before anything is written.
 */
export function ContactImportDialog() {
  const { t } = useTranslation();
  const view = useContactImport((state) => state.view);
  const reading = view.name === 'reading';
  return (
    <Modal
      opened={view.name !== 'idle'}
      onClose={closeImport}
      size={view.name === 'preview' || view.name === 'mapping' ? 'xl' : 'md'}
      title={titleOf(t, view)}
      // While a file is read, the dialog closes only through Cancel, which ends the reading.
      withCloseButton={!reading}
      closeOnEscape={!reading}
      closeOnClickOutside={false}
      lockScroll={false}
    >
      {view.name === 'reading' ? <ReadingStep view={view} /> : null}
      {view.name === 'refused' ? <RefusedStep view={view} /> : null}
      {view.name === 'mapping' ? <ColumnMappingStep view={view} /> : null}
      {view.name === 'preview' ? <ImportPreview view={view} /> : null}
    </Modal>
  );
}

function titleOf(
  t: (key: string, values?: Record<string, unknown>) => string,
  view: ContactImportView,
): string {
  switch (view.name) {
    case 'idle':
      return '';
    case 'reading':
      return view.fileName
        ? t('contactImport.title', { file: view.fileName })
        : t('contactImport.titleNoFile');
    case 'refused':
    case 'preview':
      return t('contactImport.title', { file: view.step.fileName });
    case 'mapping':
      return t('contactImport.mapping.title', { file: view.step.fileName });
  }
}

function ReadingStep({ view }: { view: Extract<ContactImportView, { name: 'reading' }> }) {
  const { t, i18n } = useTranslation();
  const { progress, cancelling } = view;
  const number = (value: number) => value.toLocaleString(i18n.language);
  const label = cancelling
    ? t('contactImport.cancelling')
    : !progress
      ? t('contactImport.opening')
      : progress.phase === 'checking'
        ? t('contactImport.checking', { count: progress.totalRecords, total: number(progress.totalRecords) })
        : t('contactImport.reading', {
            read: number(progress.recordsRead),
            total: number(progress.totalRecords),
          });
  const value =
    progress && progress.phase === 'reading' && progress.totalRecords > 0
      ? (progress.recordsRead / progress.totalRecords) * 100
      : 100;
  return (
    <Stack>
      <Progress
        value={value}
        aria-label={label}
        animated={!cancelling}
        striped={progress?.phase !== 'reading'}
      />
      <Text size="sm" role="status">
        {label}
      </Text>
      <Group justify="flex-end">
        <Button variant="default" disabled={cancelling} onClick={() => cancelReading(i18n)}>
          {t('contactImport.cancel')}
        </Button>
      </Group>
    </Stack>
  );
}

function RefusedStep({ view }: { view: Extract<ContactImportView, { name: 'refused' }> }) {
  const { t } = useTranslation();
  const { step } = view;
  const sizeMb = (step.size / 1_048_576).toFixed(1);
  return (
    <Stack data-testid="contact-import-refused">
      <Alert color="red" variant="light" title={t('contactImport.refusedTitle')}>
        <Text size="sm">
          {step.reason === 'too-large'
            ? t('contactImport.tooLarge', { file: step.fileName, sizeMb })
            : t('contactImport.unreadable', { file: step.fileName })}
        </Text>
        {step.detail && step.reason !== 'too-large' ? (
          <Text size="xs" c="dimmed" mt={4}>
            {step.detail}
          </Text>
        ) : null}
      </Alert>
      <Text size="sm">{t('contactImport.nothingChanged')}</Text>
      <Group justify="flex-end">
        <Button onClick={closeImport}>{t('contactImport.close')}</Button>
      </Group>
    </Stack>
  );
}
