import { Button, EmptyState, Text } from '@mantine/core';
import { FileDown, FileInput, UserPlus, Users } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { fileDropHandlers } from '../../ui/file-drop';
import { PageHeader } from '../../ui/PageHeader';
import { ContactDetail } from './ContactDetail';
import { ContactFormDialog } from './ContactFormDialog';
import { ContactSelectionBar } from './ContactSelectionBar';
import { useDirectorySize } from './contacts-queries';
import { useDirectory } from './directory-store';
import { DirectoryResults } from './DirectoryResults';
import { DirectoryToolbar } from './DirectoryToolbar';
import { ContactExportDialog } from './export/ContactExportDialog';
import { useContactExport } from './export/contact-export-store';
import { ContactImportDialog } from './import/ContactImportDialog';
import { useContactImport } from './import/contact-import-store';
import { importContactsFromDisk, importDroppedContacts } from './import/start-contact-import';

/**
 * The media directory: search and filters, the virtualised list, the selected contact's detail.
 * Each part subscribes only to the state it shows, so a keystroke re-renders the search box and
 * the list, not the filters or the detail. A vCard or CSV file dropped anywhere on it is imported.
 */
export function DirectoryPage() {
  const { t, i18n } = useTranslation();
  const selectedId = useDirectory((state) => state.selectedId);
  const openEditor = useDirectory((state) => state.openEditor);
  const openExport = useContactExport((state) => state.open);
  const reading = useContactImport((state) => state.view.name === 'reading');
  const directoryEmpty = useDirectorySize() === 0;
  const importButton = (
    <Button
      variant="default"
      leftSection={<FileInput size={16} aria-hidden />}
      loading={reading}
      onClick={() => void importContactsFromDisk(i18n)}
    >
      {t('contactImport.button')}
    </Button>
  );

  return (
    <div className="directory-page" {...fileDropHandlers((file) => void importDroppedContacts(i18n, file))}>
      <PageHeader
        title={t('contacts.title')}
        subtitle={<DirectoryCount />}
        actions={
          <>
            {importButton}
            {directoryEmpty ? null : (
              <Button
                variant="default"
                leftSection={<FileDown size={16} aria-hidden />}
                onClick={() => openExport()}
              >
                {t('contactExport.button')}
              </Button>
            )}
            <Button
              leftSection={<UserPlus size={16} aria-hidden />}
              onClick={() => openEditor({ mode: 'create' })}
            >
              {t('contacts.addContact')}
            </Button>
          </>
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
          <ContactSelectionBar />
          <div className="directory-split">
            <DirectoryResults />
            {selectedId ? <ContactDetail contactId={selectedId} /> : null}
          </div>
        </>
      )}
      <Text size="xs" c="dimmed">
        {t('contactImport.dropHint')}
      </Text>
      <ContactFormDialog />
      <ContactImportDialog />
      <ContactExportDialog />
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
