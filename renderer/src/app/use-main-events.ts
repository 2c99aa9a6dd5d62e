import { notifications } from '@mantine/notifications';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { MenuCommand } from '@shared/ipc/events';
import { api } from './api-client';
import { useNavigation } from './navigation-store';
import { flushUnsavedWork } from './unsaved-work';
import { useContactExport } from '../features/contacts/export/contact-export-store';
import { importContactsFromDisk } from '../features/contacts/import/start-contact-import';
import { usePdfExport } from '../features/releases/export/use-pdf-export';
import { importReleaseFromDisk } from '../features/releases/import/start-release-import';
import { useReleaseList } from '../features/releases/release-list-store';
import { queryKeys } from './query-client';

/** Follows main: menu commands move the interface, store changes refresh what is shown. */
export function useMainEvents(): void {
  const queryClient = useQueryClient();
  const { i18n } = useTranslation();
  const exports = usePdfExport();
  // The latest export functions, for the subscription made once below.
  const pdfExport = useRef(exports);
  useEffect(() => {
    pdfExport.current = exports;
  });
  useEffect(() => {
    const { goTo, openNewReleaseDialog, openLookup } = useNavigation.getState();
    const onCommand: Record<MenuCommand, () => void> = {
      'new-release': openNewReleaseDialog,
      'import-release': () => void importReleaseFromDisk(),
      'go-releases': () => goTo('releases'),
      'go-contacts': () => goTo('contacts'),
      'go-settings': () => goTo('settings'),
      'quick-lookup': openLookup,
      'export-pdf': () => {
        const editing = useNavigation.getState().editingReleaseId;
        const selected = Object.entries(useReleaseList.getState().selected);
        if (editing) void pdfExport.current.exportOne(editing);
        else if (selected.length > 0 && useNavigation.getState().section === 'releases') {
          void pdfExport.current.exportMany(selected.map(([id, headline]) => ({ id, headline })));
        } else notifications.show({ message: i18n.t('pdfExport.nothingToExport') });
      },
      // The import and export dialogs live in the directory: go there first.
      'import-contacts': () => {
        goTo('contacts');
        void importContactsFromDisk(i18n);
      },
      'export-contacts': () => {
        goTo('contacts');
        useContactExport.getState().open();
      },
    };
    const stopCommands = api.onMenuCommand((command) => onCommand[command]());
    const stopChanges = api.onStoreChanged(({ scope }) => {
      void queryClient.invalidateQueries({ queryKey: queryKeys[scope] });
    });
    // Quitting: save what is typed but not yet on disk, then let main go on.
    const stopQuitting = api.onQuitting(() => {
      void flushUnsavedWork().then(() => api.readyToQuit());
    });
    return () => {
      stopCommands();
      stopChanges();
      stopQuitting();
    };
  }, [queryClient, i18n]);
}
