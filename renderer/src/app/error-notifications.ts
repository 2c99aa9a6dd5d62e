import { notifications } from '@mantine/notifications';
import type { i18n as I18n } from 'i18next';
import { ApiError } from './api-error';

/** Shows a failure as a notification in the interface's language; the English detail goes to the console. */
export function showError(i18n: I18n, error: unknown): void {
  const code = error instanceof ApiError ? error.code : 'INTERNAL';
  console.error(error);
  notifications.show({
    color: 'red',
    title: i18n.t('errors.title'),
    message: i18n.t(`errors.${code}`),
    autoClose: code === 'WRITE_FAILED' ? false : 8_000,
  });
}
