import { Button, Group, Stack, Tabs, Text, Textarea, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { formatReference } from '@shared/reference-number';
import { releaseLanguages, type ReleaseLanguage } from '@shared/languages';
import type { Settings } from '@shared/schemas/settings';
import { ContactPicker } from '../contacts/ContactPicker';
import { useUpdateSettings } from './settings-queries';

/**
 * What every new release starts with: the reference pattern (with the number it gives), the
 * press contacts, and the "About us" text in each language. Texts are saved on demand.
 */
export function ReleaseDefaultsForm({ settings }: { settings: Settings }) {
  const { t } = useTranslation();
  const update = useUpdateSettings();
  const [pattern, setPattern] = useState(settings.referencePattern);
  const [boilerplate, setBoilerplate] = useState(settings.boilerplate);
  const dirty =
    pattern !== settings.referencePattern ||
    releaseLanguages.some(
      (language) => (boilerplate[language] ?? '') !== (settings.boilerplate[language] ?? ''),
    );
  const example = pattern.trim() ? formatReference(pattern.trim(), 1, new Date().getFullYear()) : '';

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!pattern.trim()) return;
    update.mutate(
      { referencePattern: pattern.trim(), boilerplate },
      { onSuccess: () => notifications.show({ color: 'green', message: t('settings.saved') }) },
    );
  };

  return (
    <Stack>
      <ContactPicker
        value={settings.defaultPressContactIds}
        onChange={(ids) => update.mutate({ defaultPressContactIds: ids })}
        label={t('settings.defaultPressContacts')}
        description={t('settings.defaultPressContactsHint')}
      />
      <form onSubmit={submit}>
        <Stack>
          <TextInput
            label={t('settings.referencePattern')}
            description={t('settings.referencePatternHint')}
            value={pattern}
            maxLength={100}
            error={pattern.trim() ? null : t('settings.referencePatternRequired')}
            onChange={(event) => setPattern(event.currentTarget.value)}
          />
          {example ? (
            <Text size="xs" c="dimmed" data-testid="reference-example">
              {t('settings.referenceExample', { example })}
            </Text>
          ) : null}
          <div>
            <Text size="sm" fw={500} mb={4}>
              {t('settings.boilerplate')}
            </Text>
            <Tabs defaultValue={settings.defaultReleaseLanguage} keepMounted={false}>
              <Tabs.List>
                {releaseLanguages.map((language) => (
                  <Tabs.Tab key={language} value={language}>
                    {t(`languages.${language}`)}
                  </Tabs.Tab>
                ))}
              </Tabs.List>
              {releaseLanguages.map((language: ReleaseLanguage) => (
                <Tabs.Panel key={language} value={language} pt="xs">
                  <Textarea
                    aria-label={t('settings.boilerplateIn', { language: t(`languages.${language}`) })}
                    lang={language}
                    autosize
                    minRows={3}
                    value={boilerplate[language] ?? ''}
                    onChange={(event) => {
                      const text = event.currentTarget.value;
                      setBoilerplate((current) => ({ ...current, [language]: text }));
                    }}
                  />
                </Tabs.Panel>
              ))}
            </Tabs>
          </div>
          <Group justify="flex-end">
            <Button type="submit" disabled={!dirty || !pattern.trim()} loading={update.isPending}>
              {t('settings.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Stack>
  );
}
