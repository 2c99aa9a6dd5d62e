import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import type { MenuCommand } from '@shared/ipc/events';
import { api } from './api-client';
import { useNavigation } from './navigation-store';
import { flushUnsavedWork } from './unsaved-work';
import { importReleaseFromDisk } from '../features/releases/import/start-release-import';
import { queryKeys } from './query-client';

/** Follows main: menu commands move the interface, store changes refresh what is shown. */
export function useMainEvents(): void {
  const queryClient = useQueryClient();
  useEffect(() => {
    const { goTo, openNewReleaseDialog, openLookup } = useNavigation.getState();
    const onCommand: Record<MenuCommand, () => void> = {
      'new-release': openNewReleaseDialog,
      'import-release': () => void importReleaseFromDisk(),
      'go-releases': () => goTo('releases'),
      'go-contacts': () => goTo('contacts'),
      'go-settings': () => goTo('settings'),
      'quick-lookup': openLookup,
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
  }, [queryClient]);
}
