import {
  ActionIcon,
  Anchor,
  Badge,
  Button,
  Checkbox,
  EmptyState,
  Group,
  Menu,
  MultiSelect,
  Select,
  Switch,
  Table,
  Text,
  TextInput,
} from '@mantine/core';
import {
  Archive,
  ArchiveRestore,
  Copy,
  EllipsisVertical,
  FileDown,
  FileInput,
  FilePlus2,
  Newspaper,
  Search,
  Trash2,
} from 'lucide-react';
import { useDeferredValue } from 'react';
import { useTranslation } from 'react-i18next';
import { releaseLanguages } from '@shared/languages';
import { releaseStatuses, type ReleaseStatus, type ReleaseSummary } from '@shared/schemas/release';
import { useNavigation } from '../../app/navigation-store';
import { fileDropHandlers } from '../../ui/file-drop';
import { formatDateTime } from '../../ui/format';
import { PageHeader } from '../../ui/PageHeader';
import { ReleaseEditor } from './editor/ReleaseEditor';
import { usePdfExport } from './export/use-pdf-export';
import { useReleaseImport } from './import/release-import-store';
import { importDroppedRelease, importReleaseFromDisk } from './import/start-release-import';
import { NewReleaseDialog } from './NewReleaseDialog';
import { useReleaseList, type ReleaseSortChoice } from './release-list-store';
import { useReleaseFacets, useReleases } from './releases-queries';
import { useReleaseActions } from './use-release-actions';

const statusColours: Record<ReleaseStatus, string> = {
  draft: 'gray',
  'in-review': 'yellow',
  approved: 'blue',
  published: 'green',
};

const sortOrders: Record<ReleaseSortChoice, 'asc' | 'desc'> = {
  updated: 'desc',
  created: 'desc',
  dateline: 'desc',
  reference: 'asc',
  headline: 'asc',
};

/** The Releases section: the list, or the editor of the release that is open. */
export function ReleasesPage() {
  const editingId = useNavigation((state) => state.editingReleaseId);
  return editingId ? <ReleaseEditor releaseId={editingId} /> : <ReleaseList />;
}

/** The list of press releases, searchable and filtered, or the invitation to write the first one. */
function ReleaseList() {
  const { t } = useTranslation();
  const filters = useReleaseList();
  const text = useDeferredValue(filters.text);
  const releases = useReleases({
    text,
    statuses: filters.statuses,
    languages: filters.languages,
    years: filters.years,
    tags: filters.tags,
    archived: filters.archived,
    sort: { column: filters.sort, direction: sortOrders[filters.sort] },
  });
  const everything = useReleases({});
  const dialogOpen = useNavigation((state) => state.newReleaseDialogOpen);
  const openDialog = useNavigation((state) => state.openNewReleaseDialog);
  const closeDialog = useNavigation((state) => state.closeNewReleaseDialog);
  const items = releases.data ?? [];
  const importing = useReleaseImport((state) => state.reading);
  const noReleaseAtAll = everything.isSuccess && everything.data.length === 0 && !filters.archived;

  return (
    <div className="release-list" {...fileDropHandlers((file) => void importDroppedRelease(file))}>
      <PageHeader
        title={t('releases.title')}
        subtitle={releases.data ? t('releases.count', { count: items.length }) : undefined}
        actions={
          <>
            <Button
              variant="default"
              leftSection={<FileInput size={16} aria-hidden />}
              loading={importing}
              onClick={() => void importReleaseFromDisk()}
            >
              {t('importRelease.button')}
            </Button>
            {noReleaseAtAll ? null : (
              <Button leftSection={<FilePlus2 size={16} aria-hidden />} onClick={openDialog}>
                {t('releases.newRelease')}
              </Button>
            )}
          </>
        }
      />
      {noReleaseAtAll ? (
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
      ) : (
        <>
          <ReleaseFilters />
          <SelectionBar />
          {items.length > 0 ? (
            <ReleaseTable releases={items} />
          ) : releases.isSuccess ? (
            <Text c="dimmed" mt="lg">
              {t('releases.noMatch')}
            </Text>
          ) : null}
        </>
      )}
      <Text size="xs" c="dimmed" mt="md">
        {t('importRelease.dropHint')}
      </Text>
      <NewReleaseDialog opened={dialogOpen} onClose={closeDialog} />
    </div>
  );
}

function ReleaseFilters() {
  const { t } = useTranslation();
  const filters = useReleaseList();
  const facets = useReleaseFacets().data;
  return (
    <Group gap="xs" align="flex-end" mb="md">
      <TextInput
        flex={1}
        miw={220}
        type="search"
        leftSection={<Search size={16} aria-hidden />}
        aria-label={t('releases.searchLabel')}
        placeholder={t('releases.searchPlaceholder')}
        value={filters.text}
        onChange={(event) => filters.set({ text: event.currentTarget.value })}
      />
      <MultiSelect
        w={150}
        size="xs"
        label={t('releases.columns.status')}
        placeholder={filters.statuses.length ? undefined : t('contacts.filters.any')}
        data={releaseStatuses.map((status) => ({ value: status, label: t(`releases.status.${status}`) }))}
        value={filters.statuses}
        onChange={(statuses) => filters.set({ statuses: statuses })}
        clearable
      />
      <MultiSelect
        w={150}
        size="xs"
        label={t('releases.columns.language')}
        placeholder={filters.languages.length ? undefined : t('contacts.filters.any')}
        data={releaseLanguages.map((code) => ({ value: code, label: t(`languages.${code}`) }))}
        value={filters.languages}
        onChange={(languages) => filters.set({ languages: languages })}
        clearable
      />
      <MultiSelect
        w={120}
        size="xs"
        label={t('releases.year')}
        placeholder={filters.years.length ? undefined : t('contacts.filters.any')}
        data={(facets?.years ?? []).map(String)}
        value={filters.years.map(String)}
        onChange={(years) => filters.set({ years: years.map(Number) })}
        clearable
      />
      <MultiSelect
        w={150}
        size="xs"
        label={t('releases.tag')}
        placeholder={filters.tags.length ? undefined : t('contacts.filters.any')}
        data={facets?.tags ?? []}
        value={filters.tags}
        onChange={(tags) => filters.set({ tags })}
        searchable
        clearable
      />
      <Select
        w={170}
        size="xs"
        label={t('releases.sortBy')}
        data={(Object.keys(sortOrders) as ReleaseSortChoice[]).map((sort) => ({
          value: sort,
          label: t(`releases.sort.${sort}`),
        }))}
        value={filters.sort}
        allowDeselect={false}
        onChange={(sort) => sort && filters.set({ sort: sort })}
      />
      <Switch
        label={t('releases.showArchived')}
        checked={filters.archived}
        onChange={(event) => filters.set({ archived: event.currentTarget.checked })}
        mb={6}
      />
    </Group>
  );
}

/** How many releases are ticked, and what can be done with them all at once. */
function SelectionBar() {
  const { t } = useTranslation();
  const selected = useReleaseList((state) => state.selected);
  const select = useReleaseList((state) => state.select);
  const { exportMany } = usePdfExport();
  const count = Object.keys(selected).length;
  if (count === 0) return null;
  return (
    <Group
      gap="sm"
      mb="sm"
      className="selection-bar"
      role="region"
      aria-label={t('releaseSelection.count', { count })}
    >
      <Text size="sm" fw={500}>
        {t('releaseSelection.count', { count })}
      </Text>
      <Button
        size="xs"
        leftSection={<FileDown size={14} aria-hidden />}
        onClick={() => void exportMany(Object.entries(selected).map(([id, headline]) => ({ id, headline })))}
      >
        {t('pdfExport.exportSelected')}
      </Button>
      <Button size="xs" variant="subtle" onClick={() => select([])}>
        {t('releaseSelection.clear')}
      </Button>
    </Group>
  );
}

function ReleaseTable({ releases }: { releases: readonly ReleaseSummary[] }) {
  const { t, i18n } = useTranslation();
  const openRelease = useNavigation((state) => state.openRelease);
  const actions = useReleaseActions();
  const { exportOne } = usePdfExport();
  const selected = useReleaseList((state) => state.selected);
  const toggle = useReleaseList((state) => state.toggle);
  const select = useReleaseList((state) => state.select);
  const shownSelected = releases.filter((release) => release.id in selected).length;
  return (
    <Table className="data-table" highlightOnHover verticalSpacing="sm" aria-label={t('releases.title')}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th w={40}>
            <Checkbox
              aria-label={t('releaseSelection.selectAll')}
              checked={shownSelected > 0 && shownSelected === releases.length}
              indeterminate={shownSelected > 0 && shownSelected < releases.length}
              onChange={(event) => select(event.currentTarget.checked ? releases : [])}
            />
          </Table.Th>
          <Table.Th>{t('releases.columns.reference')}</Table.Th>
          <Table.Th>{t('releases.columns.headline')}</Table.Th>
          <Table.Th>{t('releases.columns.language')}</Table.Th>
          <Table.Th miw={130}>{t('releases.columns.status')}</Table.Th>
          <Table.Th>{t('releases.columns.updated')}</Table.Th>
          <Table.Th>
            <span className="visually-hidden">{t('releases.columns.actions')}</span>
          </Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {releases.map((release) => (
          <Table.Tr key={release.id}>
            <Table.Td>
              <Checkbox
                aria-label={t('releaseSelection.select', {
                  headline: release.headline || t('releases.untitled'),
                })}
                checked={release.id in selected}
                onChange={() => toggle(release)}
              />
            </Table.Td>
            <Table.Td className="nowrap">
              {release.reference || (
                <Text span c="dimmed" size="sm">
                  {t('releases.noReference')}
                </Text>
              )}
            </Table.Td>
            <Table.Td>
              <Anchor
                component="button"
                type="button"
                fw={500}
                c="inherit"
                ta="left"
                onClick={() => openRelease(release.id)}
              >
                {release.headline || t('releases.untitled')}
              </Anchor>
              {release.translationOf ? (
                <Text c="dimmed" size="xs">
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
            <Table.Td>
              <Menu position="bottom-end">
                <Menu.Target>
                  <ActionIcon
                    variant="subtle"
                    color="gray"
                    aria-label={t('releases.actions.menu', {
                      headline: release.headline || t('releases.untitled'),
                    })}
                  >
                    <EllipsisVertical size={16} aria-hidden />
                  </ActionIcon>
                </Menu.Target>
                <Menu.Dropdown>
                  <Menu.Item
                    leftSection={<FileDown size={14} aria-hidden />}
                    onClick={() => void exportOne(release.id)}
                  >
                    {t('pdfExport.button')}
                  </Menu.Item>
                  <Menu.Item
                    leftSection={<Copy size={14} aria-hidden />}
                    onClick={() => actions.duplicate(release.id)}
                  >
                    {t('releases.actions.duplicate')}
                  </Menu.Item>
                  <Menu.Item
                    leftSection={
                      release.archived ? (
                        <ArchiveRestore size={14} aria-hidden />
                      ) : (
                        <Archive size={14} aria-hidden />
                      )
                    }
                    onClick={() => actions.setArchived(release.id, !release.archived)}
                  >
                    {t(release.archived ? 'releases.actions.unarchive' : 'releases.actions.archive')}
                  </Menu.Item>
                  <Menu.Item
                    color="red"
                    leftSection={<Trash2 size={14} aria-hidden />}
                    onClick={() => actions.remove(release)}
                  >
                    {t('releases.actions.delete')}
                  </Menu.Item>
                </Menu.Dropdown>
              </Menu>
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
