import { Alert, Stack } from '@mantine/core';
import { ShieldAlert } from 'lucide-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { StoreNotice } from '@shared/schemas/store-notice';
import { formatDateTime } from '../../ui/format';

/**
 * Says, once and plainly, what the store repaired and where the bad file was kept. Notices that
 * come later (a release read for the first time) show again after a dismissal.
 */
export function StoreNotices({ notices }: { notices: readonly StoreNotice[] }) {
  const translation = useTranslation();
  const { t } = translation;
  const [dismissedCount, setDismissedCount] = useState(0);
  const shown = notices.slice(dismissedCount);
  if (shown.length === 0) return null;
  return (
    <Alert
      variant="light"
      color="orange"
      title={t('notices.title')}
      icon={<ShieldAlert size={20} aria-hidden />}
      withCloseButton
      closeButtonLabel={t('notices.dismiss')}
      onClose={() => setDismissedCount(notices.length)}
      mb="lg"
      data-testid="store-notices"
    >
      <Stack gap={4}>
        {shown.map((notice) => (
          <span key={`${notice.kind}:${notice.file}`}>{describe(notice, translation)}</span>
        ))}
      </Stack>
    </Alert>
  );
}

function describe(notice: StoreNotice, { t, i18n }: ReturnType<typeof useTranslation>): string {
  switch (notice.kind) {
    case 'quarantined':
      return t('notices.quarantined', { file: notice.file, quarantinedTo: notice.quarantinedTo });
    case 'recovered':
      return t('notices.recovered', {
        file: notice.file,
        quarantinedTo: notice.quarantinedTo,
        when: formatDateTime(notice.backupTakenAt, i18n.language),
      });
    case 'newer-version':
      return t('notices.newer-version', { file: notice.file });
    case 'index-rebuilt':
      return t('notices.index-rebuilt', { count: notice.releases });
  }
}
