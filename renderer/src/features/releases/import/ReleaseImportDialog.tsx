import { Alert, Button, Group, List, Modal, Select, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { releaseLanguages, type ReleaseLanguage } from '@shared/languages';
import type { ImportedReleaseFields, ReleaseImportOutcome } from '@shared/schemas/release-import';
import { api } from '../../../app/api-client';
import { useNavigation } from '../../../app/navigation-store';
import { queryKeys } from '../../../app/query-client';
import { useSettings } from '../../settings/settings-queries';
import { useReleaseImport } from './release-import-store';

type Imported = Extract<ReleaseImportOutcome, { kind: 'imported' }>;

/**
 * What an imported file gave, for the person to check and correct before a draft is made: the
 * recognised fields (editable), where each came from, and what the import left out.
 */
export function ReleaseImportDialog() {
  const { t } = useTranslation();
  const outcome = useReleaseImport((state) => state.outcome);
  const close = useReleaseImport((state) => state.close);
  return (
    <Modal
      opened={outcome !== null}
      onClose={close}
      size="xl"
      title={t('importRelease.title', { file: outcome?.fileName ?? '' })}
    >
      {outcome?.kind === 'refused' ? (
        <Stack>
          <Alert color="red" variant="light" data-testid="import-refused">
            {t(`importRelease.problems.${outcome.problem.code}`, {
              ...outcome.problem,
              sizeMb: 'size' in outcome.problem ? (outcome.problem.size / 1_048_576).toFixed(1) : '',
            })}
          </Alert>
          <Group justify="flex-end">
            <Button onClick={close}>{t('importRelease.close')}</Button>
          </Group>
        </Stack>
      ) : outcome ? (
        <ImportReview key={outcome.fileName} imported={outcome} onDone={close} />
      ) : null}
    </Modal>
  );
}

function ImportReview({ imported, onDone }: { imported: Imported; onDone: () => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const defaultLanguage = useSettings().data?.defaultReleaseLanguage ?? 'en';
  const [fields, setFields] = useState<ImportedReleaseFields>(imported.fields);
  const [language, setLanguage] = useState<ReleaseLanguage>(imported.fields.language ?? defaultLanguage);
  const set = <K extends keyof ImportedReleaseFields>(key: K, value: ImportedReleaseFields[K]) =>
    setFields((current) => ({ ...current, [key]: value }));
  const create = useMutation({
    mutationFn: () => api.createReleaseFromImport({ fields, language }),
    onSuccess: async (release) => {
      await queryClient.invalidateQueries({ queryKey: queryKeys.releases });
      onDone();
      useNavigation.getState().openRelease(release.id);
    },
  });

  return (
    <Stack>
      <Text size="sm" c="dimmed">
        {t('importRelease.intro')}
      </Text>
      <TextInput
        label={t('editor.headline')}
        value={fields.headline}
        onChange={(e) => set('headline', e.currentTarget.value)}
      />
      <TextInput
        label={t('editor.subheadline')}
        value={fields.subheadline}
        onChange={(e) => set('subheadline', e.currentTarget.value)}
      />
      <Group grow align="flex-start">
        <TextInput
          label={t('editor.reference')}
          value={fields.reference}
          onChange={(e) => set('reference', e.currentTarget.value)}
        />
        <Select
          label={t('editor.language')}
          data={releaseLanguages.map((code) => ({ value: code, label: t(`languages.${code}`) }))}
          value={language}
          allowDeselect={false}
          onChange={(value) => value && setLanguage(value)}
        />
      </Group>
      <Group grow align="flex-start">
        <TextInput
          label={t('editor.datelinePlace')}
          value={fields.dateline.place}
          onChange={(e) => set('dateline', { ...fields.dateline, place: e.currentTarget.value })}
        />
        <TextInput
          type="date"
          label={t('editor.datelineDate')}
          value={fields.dateline.date ?? ''}
          onChange={(e) => set('dateline', { ...fields.dateline, date: e.currentTarget.value || null })}
        />
      </Group>
      <Textarea
        label={t('editor.pressContactText')}
        autosize
        minRows={2}
        value={fields.pressContactText}
        onChange={(e) => set('pressContactText', e.currentTarget.value)}
      />
      <Text size="sm" data-testid="import-summary">
        {t('importRelease.summary', {
          paragraphs: fields.body.content.length,
          notes: fields.notesToEditors.length,
          links: fields.moreInformation.length,
        })}
      </Text>
      {imported.recognised.length > 0 ? (
        <div>
          <Text size="sm" fw={500}>
            {t('importRelease.recognised')}
          </Text>
          <List size="sm" data-testid="import-recognised">
            {imported.recognised.map((part, index) => (
              <List.Item key={`${part.field}-${index}`}>
                {t(`importRelease.parts.${part.field}`)}: “{part.text}”
              </List.Item>
            ))}
          </List>
        </div>
      ) : null}
      {imported.warnings.length > 0 ? (
        <Alert
          color="yellow"
          variant="light"
          title={t('importRelease.leftOut')}
          data-testid="import-warnings"
        >
          <List size="sm">
            {imported.warnings.map((warning, index) => (
              <List.Item key={`${warning.code}-${index}`}>
                {t(`importRelease.warnings.${warning.code}`, {
                  ...warning,
                  examples: 'examples' in warning ? warning.examples.join(', ') : '',
                  field: 'field' in warning ? t(`importRelease.parts.${warning.field}`) : '',
                })}
              </List.Item>
            ))}
          </List>
        </Alert>
      ) : null}
      <Group justify="flex-end">
        <Button variant="default" onClick={onDone}>
          {t('releases.newDialog.cancel')}
        </Button>
        <Button onClick={() => create.mutate()} loading={create.isPending}>
          {t('importRelease.create')}
        </Button>
      </Group>
    </Stack>
  );
}
