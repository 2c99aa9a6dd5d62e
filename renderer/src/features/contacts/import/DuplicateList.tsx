import { Card, Group, SegmentedControl, Skeleton, Stack, Text } from '@mantine/core';
import { ArrowRight } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import {
  importDecisions,
  type ContactImportPage,
  type ImportDecision,
} from '@shared/schemas/contact-transfer';
import { decisionFor, useContactImport, type ContactImportView } from './contact-import-store';
import { usePagedImport } from './import-preview-queries';
import { PreviewPager } from './PreviewPager';
import { RecordSummary } from './RecordSummary';

type PreviewView = Extract<ContactImportView, { name: 'preview' }>;
type DuplicateItem = Extract<ContactImportPage, { kind: 'duplicate' }>['items'][number];

/**
 * The duplicates, a page at a time: each record of the file beside the contact it matches and why,
 * with merge, keep both or skip; above them, one choice for all of them.
 */
export function DuplicateList({ view }: { view: PreviewView }) {
  const { t } = useTranslation();
  const decideAll = useContactImport((state) => state.decideAll);
  const { page, setPage, data } = usePagedImport(view.step.importId, 'duplicate');
  const items = data?.kind === 'duplicate' ? data.items : null;
  const total = view.step.counts.duplicates;
  return (
    <Stack gap="sm" data-testid="contact-import-duplicates">
      <Group justify="space-between" wrap="nowrap" align="flex-start">
        <div>
          <Text size="sm">{t('contactImport.applyToAll')}</Text>
          <Text size="xs" c="dimmed">
            {t('contactImport.decisionsHint')}
          </Text>
        </div>
        <DecisionControl
          label={t('contactImport.applyToAll')}
          value={Object.keys(view.decisions).length === 0 ? view.duplicates : null}
          onChange={decideAll}
        />
      </Group>
      {items ? (
        items.map((item) => (
          <DuplicateCard key={item.index} item={item} decision={decisionFor(view, item.index)} />
        ))
      ) : (
        <Skeleton height={120} />
      )}
      <PreviewPager
        total={total}
        page={page}
        onPage={setPage}
        label={t('contactImport.tabs.duplicates', { count: total })}
      />
    </Stack>
  );
}

function DuplicateCard({ item, decision }: { item: DuplicateItem; decision: ImportDecision }) {
  const { t } = useTranslation();
  const decide = useContactImport((state) => state.decide);
  const { record, match, sameAsRecord, otherMatches } = item;
  const name = `${record.givenName} ${record.familyName}`.trim() || record.organisation;
  const reasons = (match ?? sameAsRecord)?.reasons ?? [];
  return (
    <Card withBorder padding="sm" aria-label={t('contactImport.duplicateOf', { name })} component="section">
      <Group align="flex-start" wrap="nowrap" gap="sm">
        <Stack gap={2} flex={1} miw={0}>
          <Text size="xs" c="dimmed">
            {t('contactImport.inFile')}
          </Text>
          <RecordSummary fields={record} photo={record.hasPhoto} />
        </Stack>
        <ArrowRight size={16} aria-hidden className="no-shrink" />
        <Stack gap={2} flex={1} miw={0}>
          <Text size="xs" c="dimmed">
            {match ? t('contactImport.inDirectory') : t('contactImport.earlierInFile')}
          </Text>
          {match ? (
            <RecordSummary fields={match.contact} />
          ) : sameAsRecord ? (
            <RecordSummary fields={sameAsRecord.record} />
          ) : null}
          {otherMatches > 0 ? (
            <Text size="xs" c="dimmed">
              {t('contactImport.otherMatches', { count: otherMatches })}
            </Text>
          ) : null}
        </Stack>
      </Group>
      <Group justify="space-between" mt="xs" wrap="nowrap">
        <Text size="xs">
          {t('contactImport.matchedBy', {
            reasons: reasons.map((reason) => t(`contactImport.reasons.${reason}`)).join(', '),
          })}
        </Text>
        <DecisionControl
          label={t('contactImport.decisionFor', { name })}
          value={decision}
          onChange={(value) => decide(item.index, value)}
        />
      </Group>
    </Card>
  );
}

/** Merge, keep both or skip, as one group of radio buttons. */
function DecisionControl({
  label,
  value,
  onChange,
}: {
  label: string;
  /** Null when the duplicates were decided differently one by one. */
  value: ImportDecision | null;
  onChange: (decision: ImportDecision) => void;
}) {
  const { t } = useTranslation();
  return (
    <SegmentedControl
      size="xs"
      color="blue"
      // Never squeezed by the text beside it: every choice stays readable.
      className="no-shrink"
      aria-label={label}
      value={value ?? ''}
      onChange={(next) => {
        const decision = importDecisions.find((candidate) => candidate === next);
        if (decision) onChange(decision);
      }}
      data={importDecisions.map((decision) => ({
        value: decision,
        label: t(`contactImport.decisions.${decision}`),
      }))}
    />
  );
}
