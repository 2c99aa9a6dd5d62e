import { Button, Group, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { AppliedContactImport } from '@shared/schemas/contact-transfer';
import { api } from '../../../app/api-client';
import { showError } from '../../../app/error-notifications';
import { queryKeys } from '../../../app/query-client';
import { useContactImport } from './contact-import-store';

/**
 * Applies the import shown in the preview, all or nothing, then refreshes the directory and says
 * what happened in a notification with Undo, which takes the whole import back in one step. The
 * notification stays until closed: it is where an import is undone.
 */
export function useApplyContactImport() {
  const { t, i18n } = useTranslation();
  const queryClient = useQueryClient();
  const refresh = () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: queryKeys.contacts }),
      queryClient.invalidateQueries({ queryKey: queryKeys.lists }),
    ]);

  const undo = async (applied: AppliedContactImport) => {
    notifications.hide(`contact-import-${applied.importId}`);
    try {
      const undone = await api.undoContactImport(applied.importId);
      await refresh();
      notifications.show({
        color: 'blue',
        message: (
          <Text size="sm" data-testid="contact-import-undone">
            {t('contactImport.undone', {
              file: applied.fileName,
              removed: undone.removed,
              restored: undone.restored,
            })}
            {undone.editedSinceImport.length > 0
              ? ` ${t('contactImport.undoneEdited', { count: undone.editedSinceImport.length })}`
              : ''}
          </Text>
        ),
      });
    } catch (error) {
      showError(i18n, error);
    }
  };

  return async () => {
    const { view, setApplying, close } = useContactImport.getState();
    if (view.name !== 'preview' || view.applying) return;
    setApplying(true);
    try {
      const applied = await api.applyContactImport({
        importId: view.step.importId,
        duplicates: view.duplicates,
        decisions: Object.entries(view.decisions).map(([index, decision]) => ({
          index: Number(index),
          decision,
        })),
      });
      close();
      await refresh();
      notifications.show({
        id: `contact-import-${applied.importId}`,
        color: 'green',
        autoClose: false,
        message: (
          <Stack gap={6} data-testid="contact-imported">
            <Text size="sm">
              {t('contactImport.imported', {
                file: applied.fileName,
                added: applied.added,
                merged: applied.merged,
                skipped: applied.skipped,
              })}
            </Text>
            <Group gap="xs">
              <Button size="xs" variant="light" onClick={() => void undo(applied)}>
                {t('contactImport.undo')}
              </Button>
            </Group>
          </Stack>
        ),
      });
    } catch (error) {
      useContactImport.getState().setApplying(false);
      showError(i18n, error);
    }
  };
}
