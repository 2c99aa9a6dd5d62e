import { Button, EmptyState, Text } from '@mantine/core';
import { SearchX } from 'lucide-react';
import { useDeferredValue, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useSettings } from '../settings/settings-queries';
import { ContactTable } from './ContactTable';
import type { DirectoryParams } from './contacts-queries';
import { useDirectory } from './directory-store';

/** The list for the current search, filters and order, or why it is empty. */
export function DirectoryResults() {
  const { t } = useTranslation();
  const text = useDirectory((state) => state.text);
  const filters = useDirectory((state) => state.filters);
  const sort = useDirectory((state) => state.sort);
  const result = useDirectory((state) => state.result);
  const setResult = useDirectory((state) => state.setResult);
  const setText = useDirectory((state) => state.setText);
  const clearFilters = useDirectory((state) => state.clearFilters);
  const columns = useSettings().data?.directoryColumns ?? [];
  // Typing stays responsive even while a large result is still rendering.
  const deferredText = useDeferredValue(text);
  const params = useMemo<DirectoryParams>(
    () => ({ text: deferredText, filters, sort }),
    [deferredText, filters, sort],
  );

  return (
    <div className="directory-list">
      <ContactTable params={params} columns={columns} onResult={setResult} />
      {!result.indexReady ? (
        <Text role="status" c="dimmed" size="sm" p="md">
          {t('contacts.indexing')}
        </Text>
      ) : result.loaded && result.total === 0 ? (
        <EmptyState
          mt="md"
          size="sm"
          icon={<SearchX size={32} aria-hidden />}
          title={t('contacts.noMatchTitle')}
          description={t('contacts.noMatchDescription', { text })}
        >
          <EmptyState.Actions>
            <Button
              variant="light"
              onClick={() => {
                setText('');
                clearFilters();
              }}
            >
              {t('contacts.clearSearch')}
            </Button>
          </EmptyState.Actions>
        </EmptyState>
      ) : null}
    </div>
  );
}
