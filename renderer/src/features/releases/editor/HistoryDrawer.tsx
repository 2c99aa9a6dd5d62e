import { Badge, Button, Drawer, Group, Stack, Text, UnstyledButton } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Release } from '@shared/schemas/release';
import type { FieldChange, RevisionSummary } from '@shared/schemas/release-revision';
import { api } from '../../../app/api-client';
import { queryKeys } from '../../../app/query-client';
import { formatDateTime } from '../../../ui/format';

interface HistoryDrawerProps {
  releaseId: string;
  opened: boolean;
  onClose: () => void;
  /** Called with the release as restored, to show it in the editor. */
  onRestored: (release: Release) => void;
}

/**
 * The release's history: each kept revision, what changed since it, and a way back to it. A
 * restore first keeps the current state as a revision, so it can itself be undone from here.
 */
export function HistoryDrawer({ releaseId, opened, onClose, onRestored }: HistoryDrawerProps) {
  const { t, i18n } = useTranslation();
  const [selected, setSelected] = useState<RevisionSummary | null>(null);
  const queryClient = useQueryClient();
  const revisions = useQuery({
    queryKey: [...queryKeys.releases, 'revisions', releaseId],
    queryFn: () => api.listRevisions(releaseId),
    enabled: opened,
  });
  const restore = useMutation({
    mutationFn: (revisionId: string) => api.restoreRevision(releaseId, revisionId),
    onSuccess: async (release) => {
      onRestored(release);
      setSelected(null);
      await queryClient.invalidateQueries({ queryKey: queryKeys.releases });
    },
  });

  return (
    <Drawer opened={opened} onClose={onClose} position="right" size="lg" title={t('history.title')}>
      {revisions.data?.length === 0 ? (
        <Text c="dimmed" size="sm">
          {t('history.empty')}
        </Text>
      ) : null}
      <Stack gap={4} role="list" aria-label={t('history.title')}>
        {revisions.data?.map((revision) => (
          <UnstyledButton
            key={revision.id}
            role="listitem"
            className="history-item"
            aria-current={selected?.id === revision.id ? 'true' : undefined}
            onClick={() => setSelected(revision)}
          >
            <Group justify="space-between" wrap="nowrap">
              <div>
                <Text size="sm" fw={500}>
                  {formatDateTime(revision.at, i18n.language)}
                </Text>
                <Text size="xs" c="dimmed" lineClamp={1}>
                  {revision.headline || t('releases.untitled')}
                </Text>
              </div>
              <Badge variant="light" color={revision.reason === 'edit' ? 'gray' : 'blue'}>
                {t(`history.reasons.${revision.reason}`, { status: t(`releases.status.${revision.status}`) })}
              </Badge>
            </Group>
          </UnstyledButton>
        ))}
      </Stack>
      {selected ? (
        <RevisionDiff
          releaseId={releaseId}
          revision={selected}
          restoring={restore.isPending}
          onRestore={() => restore.mutate(selected.id)}
        />
      ) : null}
    </Drawer>
  );
}

function RevisionDiff({
  releaseId,
  revision,
  restoring,
  onRestore,
}: {
  releaseId: string;
  revision: RevisionSummary;
  restoring: boolean;
  onRestore: () => void;
}) {
  const { t } = useTranslation();
  const diff = useQuery({
    queryKey: [...queryKeys.releases, 'diff', releaseId, revision.id],
    queryFn: () => api.diffRevision(releaseId, revision.id),
  });
  return (
    <Stack mt="lg" gap="sm" data-testid="revision-diff">
      <Text fw={600}>{t('history.changesSince')}</Text>
      {diff.data?.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('history.noChange')}
        </Text>
      ) : null}
      {diff.data?.map((change) => (
        <FieldDiff key={change.field} change={change} />
      ))}
      <Group>
        <Button onClick={onRestore} loading={restoring}>
          {t('history.restore')}
        </Button>
      </Group>
    </Stack>
  );
}

/** One field's change, words taken out struck through, words added underlined. */
function FieldDiff({ change }: { change: FieldChange }) {
  const { t } = useTranslation();
  return (
    <div>
      <Text size="xs" fw={600} c="dimmed">
        {t(`history.fields.${change.field}`)}
      </Text>
      <Text size="sm" className="diff-text">
        {change.parts.map((part, index) =>
          part.kind === 'same' ? (
            <span key={index}>{part.text}</span>
          ) : part.kind === 'added' ? (
            <ins key={index} className="diff-added">
              {part.text}
            </ins>
          ) : (
            <del key={index} className="diff-removed">
              {part.text}
            </del>
          ),
        )}
      </Text>
    </div>
  );
}
