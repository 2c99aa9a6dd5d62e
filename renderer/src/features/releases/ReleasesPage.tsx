import { Badge, Button, EmptyState, Table, Text } from '@mantine/core';
import { FilePlus2, Newspaper } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import type { ReleaseStatus, ReleaseSummary } from '@shared/schemas/release';
import { useNavigation } from '../../app/navigation-store';
import { formatDateTime } from '../../ui/format';
import { PageHeader } from '../../ui/PageHeader';
import { NewReleaseDialog } from './NewReleaseDialog';
import { useReleases } from './releases-queries';

const statusColours: Record<ReleaseStatus, string> = {
  draft: 'gray',
  'in-review': 'yellow',
  approved: 'blue',
  published: 'green',
};

/** The list of press releases, newest change first, or the invitation to write the first one. */
export function ReleasesPage() {
  const { t } = useTranslation();
  const releases = useReleases();
  const dialogOpen = useNavigation((state) => state.newReleaseDialogOpen);
  const openDialog = useNavigation((state) => state.openNewReleaseDialog);
  const closeDialog = useNavigation((state) => state.closeNewReleaseDialog);
  const items = releases.data ?? [];

  return (
    <>
      <PageHeader
        title={t('releases.title')}
        subtitle={releases.data ? t('releases.count', { count: items.length }) : undefined}
        actions={
          items.length > 0 ? (
            <Button leftSection={<FilePlus2 size={16} aria-hidden />} onClick={openDialog}>
              {t('releases.newRelease')}
            </Button>
          ) : null
        }
      />
      {releases.isSuccess && items.length === 0 ? (
        <EmptyState
          mt="xl"
          icon={<Newspaper size={40} aria-hidden />}
          title={t('releases.emptyTitle')}
          description={t('releases.emptyDescription')}
        >
          <EmptyState.Actions>
            <Button leftSection={<FilePlus2 size={16} aria-hidden />} onClick={openDialog}>
              {t('releases.emptyAction')}
            </Button>
          </EmptyState.Actions>
        </EmptyState>
      ) : null}
      {items.length > 0 ? <ReleaseTable releases={items} /> : null}
      <NewReleaseDialog opened={dialogOpen} onClose={closeDialog} />
    </>
  );
}

function ReleaseTable({ releases }: { releases: readonly ReleaseSummary[] }) {
  const { t, i18n } = useTranslation();
  return (
    <Table className="data-table" highlightOnHover verticalSpacing="sm" aria-label={t('releases.title')}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('releases.columns.reference')}</Table.Th>
          <Table.Th>{t('releases.columns.headline')}</Table.Th>
          <Table.Th>{t('releases.columns.language')}</Table.Th>
          <Table.Th>{t('releases.columns.status')}</Table.Th>
          <Table.Th>{t('releases.columns.updated')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {releases.map((release) => (
          <Table.Tr key={release.id}>
            <Table.Td className="nowrap">
              {release.reference || (
                <Text span c="dimmed" size="sm">
                  {t('releases.noReference')}
                </Text>
              )}
            </Table.Td>
            <Table.Td>
              <Text fw={500}>{release.headline || t('releases.untitled')}</Text>
              {release.translationOf ? (
                <Text span c="dimmed" size="xs">
                  {t('releases.translationOf')}
                </Text>
              ) : null}
            </Table.Td>
            <Table.Td>{t(`languages.${release.language}`)}</Table.Td>
            <Table.Td className="nowrap">
              <Badge variant="light" color={statusColours[release.status]}>
                {t(`releases.status.${release.status}`)}
              </Badge>
            </Table.Td>
            <Table.Td className="nowrap">{formatDateTime(release.updatedAt, i18n.language)}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
