import { Alert, Badge, Button, Group, Stack, Tabs, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { importOutcome, useContactImport, type ContactImportView } from './contact-import-store';
import { DuplicateList } from './DuplicateList';
import { NewRecordList, RejectedList } from './RecordLists';
import { closeImport } from './start-contact-import';
import { useApplyContactImport } from './use-apply-contact-import';

type PreviewView = Extract<ContactImportView, { name: 'preview' }>;
type Tab = 'duplicate' | 'new' | 'rejected';

/**
 * What the file will do to the directory, before anything is written: how many records are new,
 * duplicates or unreadable; each duplicate beside the contact it matches, with merge, keep both or
 * skip; each unreadable record with its number and why. Import applies it whole.
 */
export function ImportPreview({ view }: { view: PreviewView }) {
  const { t } = useTranslation();
  const editMapping = useContactImport((state) => state.editMapping);
  const apply = useApplyContactImport();
  const { counts, csv, photos } = view.step;
  const [tab, setTab] = useState<Tab>(
    counts.duplicates > 0 ? 'duplicate' : counts.new > 0 ? 'new' : 'rejected',
  );
  const outcome = importOutcome(view);
  const nothingToImport = counts.new + counts.duplicates === 0;

  return (
    <Stack data-testid="contact-import-preview">
      <Group gap="xs" role="status" aria-label={t('contactImport.summaryLabel')}>
        <Badge color="green" variant="light">
          {t('contactImport.counts.new', { count: counts.new })}
        </Badge>
        <Badge color="yellow" variant="light">
          {t('contactImport.counts.duplicates', { count: counts.duplicates })}
        </Badge>
        <Badge color="red" variant="light">
          {t('contactImport.counts.rejected', { count: counts.rejected })}
        </Badge>
        {photos > 0 ? (
          <Badge color="gray" variant="light">
            {t('contactImport.counts.photos', { count: photos })}
          </Badge>
        ) : null}
      </Group>
      {csv ? (
        <Group gap="xs" justify="space-between" wrap="nowrap">
          <Text size="sm" c="dimmed">
            {t('contactImport.csvRead', { layout: t(`contactImport.layouts.${csv.layout}`) })}
          </Text>
          <Button size="xs" variant="subtle" onClick={editMapping}>
            {t('contactImport.changeMapping')}
          </Button>
        </Group>
      ) : null}
      {nothingToImport ? (
        <Alert color="red" variant="light" title={t('contactImport.nothingTitle')}>
          {t('contactImport.nothingDescription')}
        </Alert>
      ) : null}
      <Tabs
        value={tab}
        onChange={(value) => {
          if (value === 'duplicate' || value === 'new' || value === 'rejected') setTab(value);
        }}
        keepMounted={false}
      >
        <Tabs.List>
          <Tabs.Tab value="duplicate" disabled={counts.duplicates === 0}>
            {t('contactImport.tabs.duplicates', { count: counts.duplicates })}
          </Tabs.Tab>
          <Tabs.Tab value="new" disabled={counts.new === 0}>
            {t('contactImport.tabs.new', { count: counts.new })}
          </Tabs.Tab>
          <Tabs.Tab value="rejected" disabled={counts.rejected === 0}>
            {t('contactImport.tabs.rejected', { count: counts.rejected })}
          </Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="duplicate" pt="sm">
          <DuplicateList view={view} />
        </Tabs.Panel>
        <Tabs.Panel value="new" pt="sm">
          <NewRecordList importId={view.step.importId} total={counts.new} />
        </Tabs.Panel>
        <Tabs.Panel value="rejected" pt="sm">
          <RejectedList importId={view.step.importId} total={counts.rejected} />
        </Tabs.Panel>
      </Tabs>
      <Group justify="space-between" wrap="nowrap">
        <Text size="sm" c="dimmed">
          {nothingToImport ? t('contactImport.nothingChanged') : t('contactImport.willDo', outcome)}
        </Text>
        <Group gap="xs" wrap="nowrap">
          <Button variant="default" onClick={closeImport} disabled={view.applying}>
            {t('contactImport.cancel')}
          </Button>
          <Button onClick={() => void apply()} loading={view.applying} disabled={nothingToImport}>
            {t('contactImport.import')}
          </Button>
        </Group>
      </Group>
    </Stack>
  );
}
