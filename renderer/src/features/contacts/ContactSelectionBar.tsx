import { Button, Group, Text } from '@mantine/core';
import { FileDown } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { useDirectory } from './directory-store';
import { useContactExport } from './export/contact-export-store';

/** How many contacts are ticked, and what can be done with them all at once. */
export function ContactSelectionBar() {
  const { t } = useTranslation();
  const count = useDirectory((state) => Object.keys(state.ticked).length);
  const clearTicked = useDirectory((state) => state.clearTicked);
  const openExport = useContactExport((state) => state.open);
  if (count === 0) return null;
  return (
    <Group
      gap="sm"
      className="selection-bar"
      role="region"
      aria-label={t('contactSelection.count', { count })}
    >
      <Text size="sm" fw={500}>
        {t('contactSelection.count', { count })}
      </Text>
      <Button size="xs" leftSection={<FileDown size={14} aria-hidden />} onClick={() => openExport('ticked')}>
        {t('contactSelection.export')}
      </Button>
      <Button size="xs" variant="subtle" onClick={clearTicked}>
        {t('contactSelection.clear')}
      </Button>
    </Group>
  );
}
