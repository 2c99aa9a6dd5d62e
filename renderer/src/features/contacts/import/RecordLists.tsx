import { Skeleton, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { usePagedImport } from './import-preview-queries';
import { PreviewPager } from './PreviewPager';
import { RecordSummary } from './RecordSummary';

/** The records that will be added as new contacts, a page at a time. */
export function NewRecordList({ importId, total }: { importId: string; total: number }) {
  const { t } = useTranslation();
  const { page, setPage, data } = usePagedImport(importId, 'new');
  const items = data?.kind === 'new' ? data.items : null;
  return (
    <Stack gap="xs" data-testid="contact-import-new">
      {items ? (
        items.map(({ index, record }) => (
          <RecordSummary key={index} fields={record} photo={record.hasPhoto} />
        ))
      ) : (
        <Skeleton height={80} />
      )}
      <PreviewPager
        total={total}
        page={page}
        onPage={setPage}
        label={t('contactImport.tabs.new', { count: total })}
      />
    </Stack>
  );
}

/**
 * The records that cannot be read, each with its number in the file, its line and why: what the
 * person needs to fix them in the file and import them again. Record 0 is the file as a whole.
 */
export function RejectedList({ importId, total }: { importId: string; total: number }) {
  const { t } = useTranslation();
  const { page, setPage, data } = usePagedImport(importId, 'rejected');
  const items = data?.kind === 'rejected' ? data.items : null;
  return (
    <Stack gap="xs" data-testid="contact-import-rejected">
      <Text size="sm" c="dimmed">
        {t('contactImport.rejectedIntro')}
      </Text>
      {items ? (
        <Table verticalSpacing={4} aria-label={t('contactImport.tabs.rejected', { count: total })}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={160}>{t('contactImport.where')}</Table.Th>
              <Table.Th>{t('contactImport.why')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {items.map(({ record, line, reason }, position) => (
              <Table.Tr key={`${record}-${line ?? 0}-${position}`}>
                <Table.Td>
                  <Text size="sm">
                    {record === 0
                      ? line === undefined
                        ? t('contactImport.wholeFile')
                        : t('contactImport.fileAtLine', { line })
                      : line === undefined
                        ? t('contactImport.record', { record })
                        : t('contactImport.recordAtLine', { record, line })}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{reason}</Text>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      ) : (
        <Skeleton height={80} />
      )}
      <PreviewPager
        total={total}
        page={page}
        onPage={setPage}
        label={t('contactImport.tabs.rejected', { count: total })}
      />
    </Stack>
  );
}
