import { Button, Group, Modal, Select, Stack, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { releaseLanguages, type ReleaseLanguage } from '@shared/languages';
import { useSettings } from '../settings/settings-queries';
import { useNavigation } from '../../app/navigation-store';
import { useCreateRelease } from './releases-queries';

interface NewReleaseDialogProps {
  opened: boolean;
  onClose: () => void;
}

/** Starts a draft release: a headline (optional) and the language it is written in. */
export function NewReleaseDialog({ opened, onClose }: NewReleaseDialogProps) {
  const { t } = useTranslation();
  const settings = useSettings();
  const createRelease = useCreateRelease();
  const [headline, setHeadline] = useState('');
  const [language, setLanguage] = useState<ReleaseLanguage | null>(null);
  const chosenLanguage = language ?? settings.data?.defaultReleaseLanguage ?? 'en';

  const close = () => {
    setHeadline('');
    setLanguage(null);
    onClose();
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    createRelease.mutate(
      { headline: headline.trim(), language: chosenLanguage },
      {
        onSuccess: (release) => {
          notifications.show({
            color: 'green',
            message: t('releases.created', { headline: release.headline || t('releases.untitled') }),
          });
          close();
          useNavigation.getState().openRelease(release.id);
        },
      },
    );
  };

  return (
    <Modal opened={opened} onClose={close} title={t('releases.newDialog.title')} size="lg">
      <form onSubmit={submit}>
        <Stack>
          <TextInput
            label={t('releases.newDialog.headline')}
            description={t('releases.newDialog.headlineDescription')}
            value={headline}
            onChange={(event) => setHeadline(event.currentTarget.value)}
            maxLength={1_000}
            data-autofocus
          />
          <Select
            label={t('releases.newDialog.language')}
            data={releaseLanguages.map((code) => ({ value: code, label: t(`languages.${code}`) }))}
            value={chosenLanguage}
            onChange={setLanguage}
            allowDeselect={false}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {t('releases.newDialog.cancel')}
            </Button>
            <Button type="submit" loading={createRelease.isPending}>
              {t('releases.newDialog.create')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
