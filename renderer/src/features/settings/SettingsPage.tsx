import { Button, Card, Code, Group, SegmentedControl, Select, Stack, Text, Title } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { FolderOpen } from 'lucide-react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { releaseLanguages, uiLanguages, type UiLanguage } from '@shared/languages';
import { pageSizes, themePreferences, type Settings } from '@shared/schemas/settings';
import { api } from '../../app/api-client';
import { useAppStatus } from '../../app/app-queries';
import { PageHeader } from '../../ui/PageHeader';
import { BackupsCard } from './BackupsCard';
import { LogoField } from './LogoField';
import { OrganisationForm } from './OrganisationForm';
import { ReleaseDefaultsForm } from './ReleaseDefaultsForm';
import { useLogoPreview, useSettings, useUpdateSettings } from './settings-queries';

/** Names of the interface languages, each in its own language, as language pickers show them. */
const nativeLanguageNames: Record<UiLanguage, string> = { en: 'English', fr: 'Français' };

/** Interface, organisation, release defaults and where the data lives. */
export function SettingsPage() {
  const { t } = useTranslation();
  const settings = useSettings().data;
  const update = useUpdateSettings();
  const status = useAppStatus().data;
  const revealDataFolder = useMutation({ mutationFn: api.revealDataFolder });
  const logoPreview = useLogoPreview(settings?.logo ?? null);
  if (!settings) return null;
  const save = (patch: Partial<Settings>) => update.mutate(patch);

  return (
    <>
      <PageHeader title={t('settings.title')} />
      <Stack gap="lg" maw={760}>
        <Card withBorder padding="lg">
          <Title order={2} size="h4" mb="md">
            {t('settings.interface')}
          </Title>
          <Stack>
            <LabelledSegments
              label={t('settings.language')}
              value={settings.uiLanguage}
              data={uiLanguages.map((code) => ({ value: code, label: nativeLanguageNames[code] }))}
              onChange={(uiLanguage) => save({ uiLanguage: uiLanguage as UiLanguage })}
            />
            <LabelledSegments
              label={t('settings.theme')}
              value={settings.theme}
              data={themePreferences.map((theme) => ({ value: theme, label: t(`settings.themes.${theme}`) }))}
              onChange={(theme) => save({ theme: theme as Settings['theme'] })}
            />
          </Stack>
        </Card>

        <Card withBorder padding="lg">
          <Title order={2} size="h4">
            {t('settings.organisation')}
          </Title>
          <Text c="dimmed" size="sm" mb="md">
            {t('settings.organisationDescription')}
          </Text>
          <Stack>
            <LogoField logo={settings.logo} preview={logoPreview.data ?? null} />
            {/* Keyed by what is stored, so that a restore or another window's change shows at once. */}
            <OrganisationForm
              key={JSON.stringify(settings.organisation)}
              organisation={settings.organisation}
            />
          </Stack>
        </Card>

        <Card withBorder padding="lg">
          <Title order={2} size="h4" mb="md">
            {t('settings.releases')}
          </Title>
          <Stack>
            <LabelledSegments
              label={t('settings.pageSize')}
              value={settings.pageSize}
              data={pageSizes.map((size) => ({ value: size, label: size }))}
              onChange={(pageSize) => save({ pageSize: pageSize as Settings['pageSize'] })}
            />
            <Select
              label={t('settings.defaultReleaseLanguage')}
              data={releaseLanguages.map((code) => ({ value: code, label: t(`languages.${code}`) }))}
              value={settings.defaultReleaseLanguage}
              onChange={(value) => value && save({ defaultReleaseLanguage: value })}
              allowDeselect={false}
            />
            <Select
              label={t('settings.defaultTimeZone')}
              data={Intl.supportedValuesOf('timeZone')}
              value={settings.defaultTimeZone}
              onChange={(value) => value && save({ defaultTimeZone: value })}
              searchable
              allowDeselect={false}
            />
            <ReleaseDefaultsForm
              key={JSON.stringify([settings.referencePattern, settings.boilerplate])}
              settings={settings}
            />
          </Stack>
        </Card>

        <BackupsCard />

        <Card withBorder padding="lg">
          <Title order={2} size="h4">
            {t('settings.dataFolder')}
          </Title>
          <Text c="dimmed" size="sm" mb="sm">
            {t('settings.dataFolderDescription')}
          </Text>
          <Group justify="space-between" wrap="nowrap">
            <Code data-testid="data-folder">{status?.dataDir}</Code>
            <Button
              variant="default"
              leftSection={<FolderOpen size={16} aria-hidden />}
              onClick={() => revealDataFolder.mutate()}
            >
              {t('settings.openDataFolder')}
            </Button>
          </Group>
          {status ? (
            <Text c="dimmed" size="xs" mt="md">
              {t('settings.version', { version: status.version })}
            </Text>
          ) : null}
        </Card>
      </Stack>
    </>
  );
}

interface LabelledSegmentsProps {
  label: string;
  value: string;
  data: Array<{ value: string; label: string }>;
  onChange: (value: string) => void;
}

/** A segmented control with a visible label that assistive technology reads as its name. */
function LabelledSegments({ label, value, data, onChange }: LabelledSegmentsProps) {
  const labelId = useId();
  return (
    <div>
      <Text component="div" id={labelId} size="sm" fw={500} mb={4}>
        {label}
      </Text>
      <SegmentedControl aria-labelledby={labelId} value={value} data={data} onChange={onChange} />
    </div>
  );
}
