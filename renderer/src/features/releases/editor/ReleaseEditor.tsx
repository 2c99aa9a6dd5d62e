import {
  ActionIcon,
  Badge,
  Button,
  Center,
  Divider,
  Group,
  Loader,
  Menu,
  Stack,
  Text,
  Title,
  Tooltip,
} from '@mantine/core';
import { useHotkeys } from '@mantine/hooks';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { ArrowLeft, Copy, EllipsisVertical, FileDown, History, Trash2 } from 'lucide-react';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useStore } from 'zustand';
import type { Release } from '@shared/schemas/release';
import { api } from '../../../app/api-client';
import { useNavigation } from '../../../app/navigation-store';
import { queryKeys } from '../../../app/query-client';
import { registerUnsavedWork } from '../../../app/unsaved-work';
import { useSettings } from '../../settings/settings-queries';
import { usePdfExport } from '../export/use-pdf-export';
import { useReleaseActions } from '../use-release-actions';
import { startAutosave, type Autosave } from './autosave';
import { BodyEditor } from './BodyEditor';
import { createDraftStore, type DraftStore, type SaveStatus } from './draft-store';
import { HistoryDrawer } from './HistoryDrawer';
import { MoreInformationField, NotesToEditorsField } from './ListFields';
import { BoilerplateField, DatelineField, HeadlineFields, IdentityFields, TagsField } from './MetaFields';
import { PressContactsField } from './PressContactsField';
import { ReleaseChecks } from './ReleaseChecks';
import { ReleaseLineField } from './ReleaseLineField';
import { ReleasePreview } from './ReleasePreview';
import { DraftContext } from './use-draft';
import { VersionsMenu } from './VersionsMenu';

/** The release editor: the structured fields and the body on the left, the printed page on the right. */
export function ReleaseEditor({ releaseId }: { releaseId: string }) {
  const { t } = useTranslation();
  const release = useQuery({
    queryKey: [...queryKeys.releases, 'one', releaseId],
    queryFn: () => api.getRelease(releaseId),
    // The editor holds its own copy once loaded; refetches must not reset what is being typed.
    refetchOnMount: 'always',
  });
  if (release.isError) return <MissingRelease />;
  if (!release.data) {
    return (
      <Center h={300}>
        <Loader aria-label={t('editor.loading')} />
      </Center>
    );
  }
  return <LoadedEditor key={releaseId} initial={release.data} />;
}

function LoadedEditor({ initial }: { initial: Release }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [store] = useState<DraftStore>(() => createDraftStore(initial));
  const [bodyKey, setBodyKey] = useState(0);
  const [historyOpen, setHistoryOpen] = useState(false);
  const autosave = useRef<Autosave | null>(null);
  const pageSize = useSettings().data?.pageSize ?? 'A4';
  const language = useStore(store, (state) => state.release.language);
  const headline = useStore(store, (state) => state.release.headline);
  const closeRelease = useNavigation((state) => state.closeRelease);
  const actions = useReleaseActions();
  const { exportOne } = usePdfExport();

  useEffect(() => {
    const saver = startAutosave(store, async (release) => {
      const saved = await api.saveRelease(release);
      void queryClient.invalidateQueries({ queryKey: [...queryKeys.releases, 'list'] });
      return saved;
    });
    autosave.current = saver;
    const unregister = registerUnsavedWork(saver.flush);
    return () => {
      // Leaving the editor saves what was typed in its last second.
      void saver.flush();
      saver.stop();
      unregister();
    };
  }, [store, queryClient]);

  const flush = () => autosave.current?.flush() ?? Promise.resolve();
  /** Shows a release that main changed (a restore, a numbering) in place of the draft. */
  const replace = (release: Release) => {
    store.getState().replace(release);
    setBodyKey((key) => key + 1);
  };
  useHotkeys([['mod+S', () => void flush()]], [], true);

  return (
    <DraftContext value={store}>
      <div className="release-editor">
        <div className="release-editor-form">
          <Group gap="xs" wrap="nowrap" mb="xs">
            <Tooltip label={t('editor.backToList')}>
              <ActionIcon
                variant="subtle"
                aria-label={t('editor.backToList')}
                onClick={() => void flush().then(closeRelease)}
              >
                <ArrowLeft size={18} aria-hidden />
              </ActionIcon>
            </Tooltip>
            <Title order={1} size="h3" lineClamp={2}>
              {headline || t('releases.untitled')}
            </Title>
          </Group>
          <Group gap="xs" mb="md">
            <SaveIndicator store={store} />
            <div className="grow" />
            <VersionsMenu releaseId={initial.id} onChanged={replace} beforeLeaving={flush} />
            <Button
              variant="default"
              size="xs"
              leftSection={<FileDown size={14} aria-hidden />}
              onClick={() => void exportOne(initial.id)}
            >
              {t('pdfExport.button')}
            </Button>
            <Button
              variant="default"
              size="xs"
              leftSection={<History size={14} aria-hidden />}
              onClick={() => void flush().then(() => setHistoryOpen(true))}
            >
              {t('editor.history')}
            </Button>
            <Menu position="bottom-end">
              <Menu.Target>
                <ActionIcon variant="default" aria-label={t('editor.moreActions')}>
                  <EllipsisVertical size={16} aria-hidden />
                </ActionIcon>
              </Menu.Target>
              <Menu.Dropdown>
                <Menu.Item
                  leftSection={<Copy size={14} aria-hidden />}
                  onClick={() => void flush().then(() => actions.duplicate(initial.id))}
                >
                  {t('releases.actions.duplicate')}
                </Menu.Item>
                <Menu.Item
                  color="red"
                  leftSection={<Trash2 size={14} aria-hidden />}
                  onClick={() => void flush().then(() => actions.remove(store.getState().release))}
                >
                  {t('releases.actions.delete')}
                </Menu.Item>
              </Menu.Dropdown>
            </Menu>
          </Group>
          <Stack gap="md">
            <ReleaseChecks store={store} />
            <IdentityFields onNumbered={replace} />
            <ReleaseLineField />
            <HeadlineFields />
            <DatelineField />
            <BodyEditor key={bodyKey} store={store} language={language} />
            <MoreInformationField />
            <Divider />
            <PressContactsField />
            <NotesToEditorsField />
            <BoilerplateField />
            <TagsField />
          </Stack>
        </div>
        <ReleasePreview store={store} pageSize={pageSize} />
      </div>
      <HistoryDrawer
        releaseId={initial.id}
        opened={historyOpen}
        onClose={() => setHistoryOpen(false)}
        onRestored={replace}
      />
    </DraftContext>
  );
}

const statusColours: Record<SaveStatus, string> = {
  saved: 'green',
  saving: 'blue',
  unsaved: 'gray',
  failed: 'red',
};

/** "Saving…", "Saved", or a warning that stays until the save succeeds. */
function SaveIndicator({ store }: { store: DraftStore }) {
  const { t } = useTranslation();
  const status = useStore(store, (state) => state.status);
  return (
    <Badge
      variant="light"
      color={statusColours[status]}
      role="status"
      data-testid="save-status"
      data-status={status}
    >
      {t(`editor.saveStatus.${status}`)}
    </Badge>
  );
}

/** Shown while a release cannot be opened, with the way back. */
export function MissingRelease() {
  const { t } = useTranslation();
  const closeRelease = useNavigation((state) => state.closeRelease);
  return (
    <Stack align="center" mt="xl">
      <Text>{t('editor.missing')}</Text>
      <Button onClick={closeRelease}>{t('editor.backToList')}</Button>
    </Stack>
  );
}
