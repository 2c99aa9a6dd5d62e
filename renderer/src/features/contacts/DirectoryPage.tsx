import { Button, EmptyState } from '@mantine/core';
import { UserPlus, Users } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../ui/PageHeader';
import { ContactDetail } from './ContactDetail';
import { ContactFormDialog } from './ContactFormDialog';
import { useDirectorySize } from './contacts-queries';
import { useDirectory } from './directory-store';
import { DirectoryResults } from './DirectoryResults';
import { DirectoryToolbar } from './DirectoryToolbar';

/**
 * The media directory: search and filters, the virtualised list, the selected contact's detail.
 * Each part subscribes only to the state it shows, so a keystroke re-renders the search box and
 * the list, not the filters or the detail.
 */
export function DirectoryPage() {
  const { t } = useTranslation();
  const selectedId = useDirectory((state) => state.selectedId);
  const openEditor = useDirectory((state) => state.openEditor);
  const directoryEmpty = useDirectorySize() === 0;

  return (
    <div className="directory-page">
      <PageHeader
        title={t('contacts.title')}
        subtitle={<DirectoryCount />}
        actions={
          <Button
            leftSection={<UserPlus size={16} aria-hidden />}
            onClick={() => openEditor({ mode: 'create' })}
          >
            {t('contacts.addContact')}
          </Button>
        }
      />
      {directoryEmpty ? (
        <EmptyState
          mt="xl"
          icon={<Users size={40} aria-hidden />}
          title={t('contacts.emptyTitle')}
          description={t('contacts.emptyDescription')}
        >
          <EmptyState.Actions>
            <Button
              leftSection={<UserPlus size={16} aria-hidden />}
              onClick={() => openEditor({ mode: 'create' })}
            >
              {t('contacts.emptyAction')}
            </Button>
          </EmptyState.Actions>
        </EmptyState>
      ) : (
        <>
          <DirectoryToolbar />
          <div className="directory-split">
            <DirectoryResults />
            {selectedId ? <ContactDetail contactId={selectedId} /> : null}
          </div>
        </>
      )}
      <ContactFormDialog />
    </div>
  );
}

/** "8 contacts", or "3 matches" while searching or filtering. */
function DirectoryCount() {
  const { t } = useTranslation();
  const result = useDirectory((state) => state.result);
  const searching = useDirectory(
    (state) => state.text.trim() !== '' || Object.values(state.filters).some((values) => values.length > 0),
  );
  if (!result.loaded) return null;
  return <>{t(searching ? 'contacts.matches' : 'contacts.count', { count: result.total })}</>;
}
