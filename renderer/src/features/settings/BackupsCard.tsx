import { Badge, Button, Card, Group, Modal, Stack, Table, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { FolderDown, History } from 'lucide-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BackupSummary } from '@shared/schemas/backup';
import { api } from '../../app/api-client';
import { formatDateTime } from '../../ui/format';

const backupsKey = ['backups'] as const;

/** "3.2 MB", in the interface's language. */
function formatSize(bytes: number, language: string): string {
  const megabytes = bytes / 1_048_576;
  return `${new Intl.NumberFormat(language, { maximumFractionDigits: 1 }).format(megabytes < 0.1 ? 0.1 : megabytes)} MB`;
}

/**
 * The automatic backups (at start and every 15 minutes of changes), each restorable: a restore
 * first saves the current state, so it can be undone from the notification or from this list.
 * And a copy of everything to a folder of the person's choosing.
 */
export function BackupsCard() {
  const { t, i18n } = useTranslation();
  const queryClient = useQueryClient();
  const backups = useQuery({ queryKey: backupsKey, queryFn: api.listBackups });
  const [confirming, setConfirming] = useState<BackupSummary | null>(null);

  const refreshEverything = () => queryClient.invalidateQueries();
  const restore = useMutation({
    mutationFn: api.restoreBackup,
    onSuccess: async (outcome) => {
      setConfirming(null);
      await refreshEverything();
      const id = `restored-${outcome.undoBackup.id}`;
      notifications.show({
        id,
        autoClose: 15_000,
        color: 'green',
        message: (
          <Group justify="space-between" wrap="nowrap">
            <Text size="sm">
              {t('backups.restored', { when: formatDateTime(outcome.restoredFrom.createdAt, i18n.language) })}
            </Text>
            <Button
              size="xs"
              variant="light"
              onClick={() => {
                notifications.hide(id);
                restore.mutate(outcome.undoBackup.id);
              }}
            >
              {t('contacts.undo')}
            </Button>
          </Group>
        ),
      });
    },
  });
  const toFolder = useMutation({
    mutationFn: api.backUpToFolder,
    onSuccess: (result) => {
      if (result)
        notifications.show({ color: 'green', message: t('backups.savedTo', { path: result.path }) });
    },
  });

  return (
    <Card withBorder padding="lg">
      <Group justify="space-between" align="flex-start" mb="xs">
        <div>
          <Title order={2} size="h4">
            {t('backups.title')}
          </Title>
          <Text c="dimmed" size="sm">
            {t('backups.description')}
          </Text>
        </div>
        <Button
          variant="default"
          leftSection={<FolderDown size={16} aria-hidden />}
          loading={toFolder.isPending}
          onClick={() => toFolder.mutate()}
        >
          {t('backups.toFolder')}
        </Button>
      </Group>
      {backups.data?.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('backups.none')}
        </Text>
      ) : (
        <Table verticalSpacing="xs" aria-label={t('backups.title')} data-testid="backups">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('backups.when')}</Table.Th>
              <Table.Th>{t('backups.why')}</Table.Th>
              <Table.Th>{t('backups.size')}</Table.Th>
              <Table.Th>
                <span className="visually-hidden">{t('releases.columns.actions')}</span>
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {backups.data?.map((backup) => (
              <Table.Tr key={backup.id}>
                <Table.Td>{formatDateTime(backup.createdAt, i18n.language)}</Table.Td>
                <Table.Td>
                  <Badge variant="light" color={backup.reason === 'before-restore' ? 'orange' : 'gray'}>
                    {t(`backups.reasons.${backup.reason}`)}
                  </Badge>
                  {backup.damage ? (
                    <Badge ml="xs" color="red" variant="light">
                      {t('backups.damaged')}
                    </Badge>
                  ) : null}
                </Table.Td>
                <Table.Td className="nowrap">{formatSize(backup.sizeBytes, i18n.language)}</Table.Td>
                <Table.Td>
                  <Button
                    size="xs"
                    variant="subtle"
                    leftSection={<History size={14} aria-hidden />}
                    disabled={backup.damage !== null}
                    onClick={() => setConfirming(backup)}
                    aria-label={t('backups.restoreFrom', {
                      when: formatDateTime(backup.createdAt, i18n.language),
                    })}
                  >
                    {t('backups.restore')}
                  </Button>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      <Modal
        opened={confirming !== null}
        onClose={() => setConfirming(null)}
        title={t('backups.confirmTitle')}
      >
        {confirming ? (
          <Stack>
            <Text size="sm">
              {t('backups.confirm', { when: formatDateTime(confirming.createdAt, i18n.language) })}
            </Text>
            <Group justify="flex-end">
              <Button variant="default" onClick={() => setConfirming(null)}>
                {t('releases.newDialog.cancel')}
              </Button>
              <Button
                color="orange"
                loading={restore.isPending}
                onClick={() => restore.mutate(confirming.id)}
              >
                {t('backups.restoreNow')}
              </Button>
            </Group>
          </Stack>
        ) : null}
      </Modal>
    </Card>
  );
}
