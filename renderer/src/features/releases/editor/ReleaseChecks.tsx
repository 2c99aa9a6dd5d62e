import { Alert, Anchor, List, Text } from '@mantine/core';
import { CircleAlert, CircleCheck } from 'lucide-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReleaseCheck } from '@shared/schemas/release-check';
import { api } from '../../../app/api-client';
import type { DraftStore } from './draft-store';

const CHECK_DELAY_MS = 300;

/** Moves the keyboard focus to the first control of a field of the editor. */
function focusField(field: string): void {
  const container = document.querySelector(`[data-field="${field}"]`);
  const target = container?.querySelector<HTMLElement>('input, textarea, [contenteditable="true"], button');
  target?.focus();
  container?.scrollIntoView({ block: 'center' });
}

/** What to fix before sending, kept up to date as one types; each item leads to its field. */
export function ReleaseChecks({ store }: { store: DraftStore }) {
  const { t } = useTranslation();
  const [checks, setChecks] = useState<ReleaseCheck[] | null>(null);

  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    let latest = 0;
    const run = async () => {
      const request = ++latest;
      const found = await api.checkRelease(store.getState().release);
      if (request === latest) setChecks(found);
    };
    void run().catch(() => undefined);
    const unsubscribe = store.subscribe((state, previous) => {
      if (state.release === previous.release) return;
      clearTimeout(timer);
      timer = setTimeout(() => void run().catch(() => undefined), CHECK_DELAY_MS);
    });
    return () => {
      clearTimeout(timer);
      unsubscribe();
    };
  }, [store]);

  if (checks === null) return null;
  if (checks.length === 0) {
    return (
      <Alert
        variant="light"
        color="green"
        icon={<CircleCheck size={18} aria-hidden />}
        data-testid="release-checks"
      >
        {t('checks.allGood')}
      </Alert>
    );
  }
  return (
    <Alert
      variant="light"
      color="orange"
      icon={<CircleAlert size={18} aria-hidden />}
      title={t('checks.title', { count: checks.length })}
      data-testid="release-checks"
    >
      <List size="sm" spacing={4}>
        {checks.map((check, index) => (
          <List.Item key={`${check.code}-${index}`} data-check={check.code}>
            <Text span size="sm">
              {t(`checks.${check.code}`, check.values)}
            </Text>{' '}
            <Anchor component="button" type="button" size="sm" onClick={() => focusField(check.field)}>
              {t('checks.goTo')}
            </Anchor>
          </List.Item>
        ))}
      </List>
    </Alert>
  );
}
