import { Button, Group, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';

/** What the notification says, what its buttons do, already translated. */
export interface ExportedFileNotice {
  message: string;
  openLabel: string;
  showInFolderLabel: string;
  /** Main's "open" and "show in folder", which it allows only for files exported in this session. */
  open: (path: string) => Promise<unknown>;
  showInFolder: (path: string) => Promise<unknown>;
  onError: (error: unknown) => void;
  /** Marks the notification for tests. */
  testId: string;
}

/** The notification after a file was exported through the save dialog: what was written, with Open and Show in folder. */
export function showExportedFile(path: string, notice: ExportedFileNotice): void {
  const notificationId = `exported-${path}`;
  const act = (action: (path: string) => Promise<unknown>) => () => {
    notifications.hide(notificationId);
    action(path).catch(notice.onError);
  };
  notifications.show({
    id: notificationId,
    color: 'green',
    autoClose: 12_000,
    message: (
      <Stack gap={6} data-testid={notice.testId}>
        <Text size="sm">{notice.message}</Text>
        <Group gap="xs">
          <Button size="xs" variant="light" onClick={act(notice.open)}>
            {notice.openLabel}
          </Button>
          <Button size="xs" variant="default" onClick={act(notice.showInFolder)}>
            {notice.showInFolderLabel}
          </Button>
        </Group>
      </Stack>
    ),
  });
}
