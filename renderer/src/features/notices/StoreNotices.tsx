import { Alert, Stack } from '@mantine/core';
import { ShieldAlert } from 'lucide-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { StoreNotice } from '@shared/schemas/store-notice';

/** Says, once and plainly, what the store repaired while opening and where the bad file was kept. */
export function StoreNotices({ notices }: { notices: readonly StoreNotice[] }) {
  const { t } = useTranslation();
  const [dismissed, setDismissed] = useState(false);
  if (dismissed || notices.length === 0) return null;
  return (
    <Alert
      variant="light"
      color="orange"
      title={t('notices.title')}
      icon={<ShieldAlert size={20} aria-hidden />}
      withCloseButton
      closeButtonLabel={t('notices.dismiss')}
      onClose={() => setDismissed(true)}
      mb="lg"
      data-testid="store-notices"
    >
      <Stack gap={4}>
        {notices.map((notice) => (
          <span key={`${notice.kind}:${notice.file}`}>{describe(notice, t)}</span>
        ))}
      </Stack>
    </Alert>
  );
}

function describe(notice: StoreNotice, t: ReturnType<typeof useTranslation>['t']): string {
  switch (notice.kind) {
    case 'quarantined':
      return t('notices.quarantined', { file: notice.file, quarantinedTo: notice.quarantinedTo });
    case 'newer-version':
      return t('notices.newer-version', { file: notice.file });
    case 'index-rebuilt':
      return t('notices.index-rebuilt', { count: notice.releases });
  }
}
