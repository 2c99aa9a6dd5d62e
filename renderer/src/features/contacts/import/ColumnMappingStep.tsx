import { Alert, Button, Group, NativeSelect, ScrollArea, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CsvColumnTargetInput } from '@shared/schemas/contact-transfer';
import {
  isStandardKey,
  RECOGNISED_KEY,
  recognisedLabel,
  standardTargets,
  targetGroups,
  targetKey,
  targetLabel,
} from './column-targets';
import { mapsIdentity, useContactImport, type ContactImportView } from './contact-import-store';
import { closeImport, confirmMapping } from './start-contact-import';

/** Sample values shown for each column: enough to tell a phone number from a postcode. */
const SAMPLE_ROWS = 3;

type MappingView = Extract<ContactImportView, { name: 'mapping' }>;

/**
 * The columns of a spreadsheet, one per row, each with what it will fill and its first values.
 * Shown for a file whose layout was not recognised (every column starts as "do not import" unless
 * its header says what it is), or when the person asks to correct a recognised one.
 */
export function ColumnMappingStep({ view }: { view: MappingView }) {
  const { t, i18n } = useTranslation();
  const setTarget = useContactImport((state) => state.setTarget);
  const backToPreview = useContactImport((state) => state.backToPreview);
  const csv = view.step.csv;
  if (!csv) return null;
  const recognised = csv.layout !== 'unknown';
  const readable = mapsIdentity(view.targets);

  return (
    <Stack>
      <Text size="sm">
        {recognised
          ? t('contactImport.mapping.introRecognised', { layout: t(`contactImport.layouts.${csv.layout}`) })
          : t('contactImport.mapping.introUnknown')}
      </Text>
      <ScrollArea.Autosize mah="55vh" type="auto">
        <Table verticalSpacing="xs" aria-label={t('contactImport.mapping.tableLabel')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('contactImport.mapping.column')}</Table.Th>
              <Table.Th>{t('contactImport.mapping.target')}</Table.Th>
              <Table.Th>{t('contactImport.mapping.sample')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {csv.headers.map((header, column) => (
              <Table.Tr key={`${column}-${header}`}>
                <Table.Td fw={500}>
                  {header || t('contactImport.mapping.untitled', { number: column + 1 })}
                </Table.Td>
                <Table.Td miw={220}>
                  <TargetSelect
                    label={t('contactImport.mapping.targetOf', { column: header || column + 1 })}
                    target={view.targets[column] ?? standardTargets.ignore}
                    onChange={(target) => setTarget(column, target)}
                  />
                </Table.Td>
                <Table.Td>
                  <Text size="xs" c="dimmed" lineClamp={2}>
                    {csv.rows
                      .slice(0, SAMPLE_ROWS)
                      .map((row) => row[column] ?? '')
                      .filter((cell) => cell.trim() !== '')
                      .join(' · ')}
                  </Text>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </ScrollArea.Autosize>
      {readable ? null : (
        <Alert color="yellow" variant="light" role="status">
          {t('contactImport.mapping.needsIdentity')}
        </Alert>
      )}
      <Group justify="flex-end">
        <Button variant="default" onClick={closeImport}>
          {t('contactImport.cancel')}
        </Button>
        {view.step.kind === 'planned' ? (
          <Button variant="default" onClick={backToPreview}>
            {t('contactImport.mapping.back')}
          </Button>
        ) : null}
        <Button disabled={!readable} onClick={() => void confirmMapping(i18n)}>
          {t('contactImport.mapping.confirm')}
        </Button>
      </Group>
    </Stack>
  );
}

function TargetSelect({
  label,
  target,
  onChange,
}: {
  label: string;
  target: CsvColumnTargetInput;
  onChange: (target: CsvColumnTargetInput) => void;
}) {
  const { t } = useTranslation();
  const key = targetKey(target);
  // A target only a recognised layout sets (Google's numbered columns) is offered as it is.
  const recognised =
    key === RECOGNISED_KEY ? [{ value: RECOGNISED_KEY, label: recognisedLabel(t, target) }] : [];
  const data = [
    { value: 'ignore', label: targetLabel(t, 'ignore') },
    ...recognised,
    ...Object.entries(targetGroups).map(([group, keys]) => ({
      group: t(`contactImport.targetGroups.${group}`),
      items: keys.map((value) => ({ value, label: targetLabel(t, value) })),
    })),
  ];
  return (
    <NativeSelect
      size="xs"
      aria-label={label}
      data={data}
      value={key}
      onChange={(event) => {
        const value = event.currentTarget.value;
        if (isStandardKey(value)) onChange(standardTargets[value]);
      }}
    />
  );
}
