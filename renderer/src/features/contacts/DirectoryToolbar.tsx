import { Button, Checkbox, Group, Menu, MultiSelect, Stack, TextInput } from '@mantine/core';
import { Columns3, FilterX, Search } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import type { ContactFilters } from '@shared/schemas/contact-query';
import { directoryColumns, type DirectoryColumn } from '@shared/schemas/settings';
import { useSettings, useUpdateSettings } from '../settings/settings-queries';
import { useContactFacets, useContactLists } from './contacts-queries';
import { useDirectory } from './directory-store';
import { ListsMenu } from './ListsMenu';

type FacetKey = Exclude<keyof ContactFilters, 'listIds'>;
const facetKeys: FacetKey[] = ['beats', 'organisations', 'countries', 'languages', 'tags'];

/** Search box, filters, list management and column choice above the directory. */
export function DirectoryToolbar() {
  const { t } = useTranslation();
  const text = useDirectory((state) => state.text);
  const setText = useDirectory((state) => state.setText);
  const filters = useDirectory((state) => state.filters);
  const setFilter = useDirectory((state) => state.setFilter);
  const clearFilters = useDirectory((state) => state.clearFilters);
  const facets = useContactFacets().data;
  const lists = useContactLists().data ?? [];
  const filtered = Object.values(filters).some((values) => values.length > 0);

  return (
    <Stack>
      <Group gap="sm" wrap="nowrap">
        <TextInput
          flex={1}
          type="search"
          leftSection={<Search size={16} aria-hidden />}
          placeholder={t('contacts.searchPlaceholder')}
          aria-label={t('contacts.searchLabel')}
          value={text}
          onChange={(event) => setText(event.currentTarget.value)}
          data-testid="directory-search"
        />
        <ListsMenu />
        <ColumnsMenu />
      </Group>
      <Group gap="xs" align="flex-end">
        {facetKeys.map((facet) => (
          <MultiSelect
            key={facet}
            w={150}
            size="xs"
            label={t(`contacts.filters.${facet}`)}
            placeholder={filters[facet].length === 0 ? t('contacts.filters.any') : undefined}
            data={(facets?.[facet] ?? []).map((entry) => ({
              value: entry.value,
              label: `${entry.value} (${entry.count})`,
            }))}
            value={filters[facet]}
            onChange={(values) => setFilter(facet, values)}
            searchable
            clearable
          />
        ))}
        <MultiSelect
          w={150}
          size="xs"
          label={t('contacts.filters.lists')}
          placeholder={filters.listIds.length === 0 ? t('contacts.filters.any') : undefined}
          data={lists.map((list) => ({ value: list.id, label: `${list.name} (${list.size})` }))}
          value={filters.listIds}
          onChange={(values) => setFilter('listIds', values)}
          searchable
          clearable
        />
        {filtered ? (
          <Button
            size="xs"
            variant="subtle"
            leftSection={<FilterX size={14} aria-hidden />}
            onClick={clearFilters}
          >
            {t('contacts.filters.clear')}
          </Button>
        ) : null}
      </Group>
    </Stack>
  );
}

/** Which columns the directory shows; remembered in Settings. */
function ColumnsMenu() {
  const { t } = useTranslation();
  const settings = useSettings().data;
  const update = useUpdateSettings();
  const shown = settings?.directoryColumns ?? [];
  const toggle = (column: DirectoryColumn) => {
    const next = shown.includes(column) ? shown.filter((item) => item !== column) : [...shown, column];
    update.mutate({ directoryColumns: directoryColumns.filter((item) => next.includes(item)) });
  };
  return (
    <Menu closeOnItemClick={false} position="bottom-end">
      <Menu.Target>
        <Button variant="default" leftSection={<Columns3 size={16} aria-hidden />}>
          {t('contacts.columnsMenu')}
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        {directoryColumns.map((column) => (
          <Menu.Item
            key={column}
            onClick={() => toggle(column)}
            leftSection={
              <Checkbox readOnly tabIndex={-1} size="xs" checked={shown.includes(column)} aria-hidden />
            }
          >
            {t(`contacts.columns.${column}`)}
          </Menu.Item>
        ))}
      </Menu.Dropdown>
    </Menu>
  );
}
