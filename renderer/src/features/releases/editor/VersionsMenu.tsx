import { Badge, Button, Menu } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Languages } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { releaseLanguages } from '@shared/languages';
import type { Release } from '@shared/schemas/release';
import { api } from '../../../app/api-client';
import { useNavigation } from '../../../app/navigation-store';
import { queryKeys } from '../../../app/query-client';

interface VersionsMenuProps {
  releaseId: string;
  /** Called after "mark as up to date", with the release as saved. */
  onChanged: (release: Release) => void;
  /** Saves pending edits before leaving this release for another version. */
  beforeLeaving: () => Promise<void>;
}

/**
 * The release's language versions side by side: open one, see which are out of date with their
 * original, start the version in a language that is missing, or mark a translation as caught up.
 */
export function VersionsMenu({ releaseId, onChanged, beforeLeaving }: VersionsMenuProps) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const openRelease = useNavigation((state) => state.openRelease);
  const versions = useQuery({
    queryKey: [...queryKeys.releases, 'versions', releaseId],
    queryFn: () => api.getReleaseVersions(releaseId),
  });
  const list = versions.data ?? [];
  const current = list.find((version) => version.id === releaseId);
  const missing = releaseLanguages.filter(
    (language) => !list.some((version) => version.language === language),
  );
  const refresh = () => queryClient.invalidateQueries({ queryKey: queryKeys.releases });
  const create = useMutation({
    mutationFn: (language: (typeof releaseLanguages)[number]) =>
      api.createTranslation({ id: releaseId, language }),
    onSuccess: async (release) => {
      await beforeLeaving();
      await refresh();
      openRelease(release.id);
    },
  });
  const markCurrent = useMutation({
    mutationFn: () => api.markTranslationCurrent(releaseId),
    onSuccess: async (release) => {
      onChanged(release);
      await refresh();
    },
  });
  const outOfDate = list.some((version) => version.outOfDate);

  return (
    <Menu position="bottom-end" width={280}>
      <Menu.Target>
        <Button
          variant="default"
          size="xs"
          leftSection={<Languages size={14} aria-hidden />}
          color={outOfDate ? 'orange' : undefined}
        >
          {t('versions.button', { count: list.length })}
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>{t('versions.title')}</Menu.Label>
        {list.map((version) => (
          <Menu.Item
            key={version.id}
            disabled={version.id === releaseId}
            onClick={() => void beforeLeaving().then(() => openRelease(version.id))}
            rightSection={
              version.outOfDate ? (
                <Badge color="orange" variant="light" size="xs">
                  {t('versions.outOfDate')}
                </Badge>
              ) : version.translationOf === null ? (
                <Badge variant="light" size="xs">
                  {t('versions.original')}
                </Badge>
              ) : null
            }
          >
            {t(`languages.${version.language}`)}
          </Menu.Item>
        ))}
        {current?.translationOf && current.outOfDate ? (
          <>
            <Menu.Divider />
            <Menu.Item onClick={() => markCurrent.mutate()}>{t('versions.markCurrent')}</Menu.Item>
          </>
        ) : null}
        {missing.length > 0 ? <Menu.Divider /> : null}
        {missing.map((language) => (
          <Menu.Item key={language} onClick={() => create.mutate(language)}>
            {t('versions.create', { language: t(`languages.${language}`) })}
          </Menu.Item>
        ))}
      </Menu.Dropdown>
    </Menu>
  );
}
