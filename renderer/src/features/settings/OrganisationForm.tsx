import { Button, Group, Stack, Textarea, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Settings } from '@shared/schemas/settings';
import { useUpdateSettings } from './settings-queries';

type Organisation = Settings['organisation'];

/** The organisation printed on every release. Saved on demand, since a half-typed name should not print. */
export function OrganisationForm({ organisation }: { organisation: Organisation }) {
  const { t } = useTranslation();
  const update = useUpdateSettings();
  const [draft, setDraft] = useState(organisation);
  const dirty = (Object.keys(draft) as Array<keyof Organisation>).some(
    (key) => draft[key] !== organisation[key],
  );

  const field = (key: keyof Organisation) => ({
    value: draft[key],
    onChange: (event: React.ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) => {
      const value = event.currentTarget.value;
      setDraft((current) => ({ ...current, [key]: value }));
    },
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const trimmed = Object.fromEntries(
      Object.entries(draft).map(([key, value]) => [key, value.trim()]),
    ) as Organisation;
    update.mutate(
      { organisation: trimmed },
      {
        onSuccess: (settings) => {
          setDraft(settings.organisation);
          notifications.show({ color: 'green', message: t('settings.saved') });
        },
      },
    );
  };

  return (
    <form onSubmit={submit}>
      <Stack>
        <TextInput label={t('settings.organisationName')} maxLength={500} {...field('name')} />
        <Textarea
          label={t('settings.address')}
          autosize
          minRows={2}
          maxLength={2_000}
          {...field('address')}
        />
        <Group grow align="flex-start">
          <TextInput label={t('settings.website')} type="url" {...field('website')} />
          <TextInput label={t('settings.email')} type="email" {...field('email')} />
          <TextInput label={t('settings.phone')} type="tel" {...field('phone')} />
        </Group>
        <Group justify="flex-end">
          <Button type="submit" disabled={!dirty} loading={update.isPending}>
            {t('settings.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
