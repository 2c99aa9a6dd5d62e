import { Button, Group, Modal, NativeSelect, Radio, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { contactExportFormats } from '@shared/schemas/contact-transfer';
import { useContactLists, useDirectorySize } from '../contacts-queries';
import { useDirectory } from '../directory-store';
import { useContactExport, type ExportScope } from './contact-export-store';
import { selectionOf, useExportContacts } from './use-export-contacts';

const scopes: readonly ExportScope[] = ['all', 'view', 'ticked', 'list'];

/**
 * Which contacts to export and to which format, then the save dialog. vCard 4.0 for current address
 * books, 3.0 for older ones, CSV for spreadsheets (with the separator Excel expects in the
 * person's country).
 */
export function ContactExportDialog() {
  const { t } = useTranslation();
  const opened = useContactExport((state) => state.opened);
  const close = useContactExport((state) => state.close);
  return (
    <Modal opened={opened} onClose={close} title={t('contactExport.title')} lockScroll={false}>
      {opened ? <ExportForm /> : null}
    </Modal>
  );
}

/** The dialog's choices; mounted only while it is open, as it follows the directory's search. */
function ExportForm() {
  const { t, i18n } = useTranslation();
  const state = useContactExport();
  const directory = useDirectory();
  const lists = useContactLists().data ?? [];
  const size = useDirectorySize() ?? 0;
  const exportContacts = useExportContacts();
  const searching =
    directory.text.trim() !== '' || Object.values(directory.filters).some((values) => values.length > 0);
  const ticked = Object.keys(directory.ticked).length;
  const counts: Record<ExportScope, number | null> = {
    all: size,
    view: searching && directory.result.loaded ? directory.result.total : null,
    ticked: ticked > 0 ? ticked : null,
    list: lists.find((list) => list.id === state.listId)?.size ?? null,
  };
  const available: Record<ExportScope, boolean> = {
    all: size > 0,
    view: searching,
    ticked: ticked > 0,
    list: lists.length > 0,
  };
  const ready = available[state.scope] && selectionOf(state.scope, state.listId, directory) !== null;
  const delimiter = state.delimiter ?? (i18n.language === 'fr' ? ';' : ',');

  return (
    <Stack>
      <ChoiceGroup
        label={t('contactExport.which')}
        choices={scopes}
        value={state.scope}
        onChange={(scope) => state.set({ scope })}
        describe={(scope) => ({
          label:
            counts[scope] === null
              ? t(`contactExport.scopes.${scope}`)
              : t(`contactExport.scopesCounted.${scope}`, { count: counts[scope] }),
          disabled: !available[scope],
        })}
      />
      {state.scope === 'list' ? (
        <NativeSelect
          label={t('contactExport.list')}
          data={[
            { value: '', label: t('contactExport.chooseList') },
            ...lists.map((list) => ({ value: list.id, label: `${list.name} (${list.size})` })),
          ]}
          value={state.listId ?? ''}
          onChange={(event) => state.set({ listId: event.currentTarget.value || null })}
        />
      ) : null}
      <ChoiceGroup
        label={t('contactExport.format')}
        choices={contactExportFormats}
        value={state.format}
        onChange={(format) => state.set({ format })}
        describe={(format) => ({
          label: t(`contactExport.formats.${format}`),
          description: t(`contactExport.formatHints.${format}`),
        })}
      />
      {state.format === 'csv' ? (
        <NativeSelect
          label={t('contactExport.delimiter')}
          data={[
            { value: ',', label: t('contactExport.comma') },
            { value: ';', label: t('contactExport.semicolon') },
          ]}
          value={delimiter}
          onChange={(event) => state.set({ delimiter: event.currentTarget.value === ';' ? ';' : ',' })}
        />
      ) : null}
      {state.scope === 'view' && searching ? (
        <Text size="xs" c="dimmed">
          {t('contactExport.viewHint')}
        </Text>
      ) : null}
      <Group justify="flex-end">
        <Button variant="default" onClick={state.close}>
          {t('contactExport.cancel')}
        </Button>
        <Button onClick={() => void exportContacts()} disabled={!ready} loading={state.exporting}>
          {t('contactExport.export')}
        </Button>
      </Group>
    </Stack>
  );
}

/** One choice among a few, as radio buttons under a label. */
function ChoiceGroup<T extends string>({
  label,
  choices,
  value,
  onChange,
  describe,
}: {
  label: string;
  choices: readonly T[];
  value: T;
  onChange: (value: T) => void;
  describe: (choice: T) => { label: string; description?: string; disabled?: boolean };
}) {
  return (
    <Radio.Group
      label={label}
      value={value}
      onChange={(next) => {
        const choice = choices.find((candidate) => candidate === next);
        if (choice) onChange(choice);
      }}
    >
      <Stack gap="xs" mt="xs">
        {choices.map((choice) => (
          <Radio key={choice} value={choice} {...describe(choice)} />
        ))}
      </Stack>
    </Radio.Group>
  );
}
