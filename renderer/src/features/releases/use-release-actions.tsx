import { Button, Group, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { Release, ReleaseSummary } from '@shared/schemas/release';
import { api } from '../../app/api-client';
import { useNavigation } from '../../app/navigation-store';
import { queryKeys } from '../../app/query-client';

/**
 * What one can do with a release from the list or the editor: duplicate it, delete it (with an
 * undo in the notification), archive it or bring it back. The mutations' own callbacks do the
 * follow-up, so an undo still works after the editor that started it has closed.
 */
export function useReleaseActions() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const refresh = () => queryClient.invalidateQueries({ queryKey: queryKeys.releases });

  const restore = useMutation({
    mutationFn: api.restoreRelease,
    onSuccess: async () => {
      await refresh();
    },
  });
  const duplicate = useMutation({
    mutationFn: api.duplicateRelease,
    onSuccess: async (copy) => {
      await refresh();
      useNavigation.getState().openRelease(copy.id);
      notifications.show({ color: 'green', message: t('releases.duplicated') });
    },
  });
  const remove = useMutation({
    mutationFn: (release: Pick<Release, 'id' | 'headline'>) => api.deleteRelease(release.id),
    onSuccess: async (deleted) => {
      if (useNavigation.getState().editingReleaseId === deleted.id) useNavigation.getState().closeRelease();
      await refresh();
      const id = `release-deleted-${deleted.id}`;
      notifications.show({
        id,
        autoClose: 10_000,
        message: (
          <Group justify="space-between" wrap="nowrap">
            <Text size="sm">
              {t('releases.deleted', { headline: deleted.headline || t('releases.untitled') })}
            </Text>
            <Button
              size="xs"
              variant="light"
              onClick={() => {
                notifications.hide(id);
                restore.mutate(deleted.id);
              }}
            >
              {t('contacts.undo')}
            </Button>
          </Group>
        ),
      });
    },
  });
  const archive = useMutation({
    mutationFn: ({ id, archived }: { id: string; archived: boolean }) => api.archiveRelease(id, archived),
    onSuccess: async (release) => {
      await refresh();
      notifications.show({ message: t(release.archived ? 'releases.archived' : 'releases.unarchived') });
    },
  });

  return {
    duplicate: (id: string) => duplicate.mutate(id),
    remove: (release: Pick<ReleaseSummary, 'id' | 'headline'>) => remove.mutate(release),
    setArchived: (id: string, archived: boolean) => archive.mutate({ id, archived }),
  };
}
