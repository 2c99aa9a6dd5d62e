import { NavLink, Text } from '@mantine/core';
import { useHotkeys } from '@mantine/hooks';
import { Newspaper, Settings as SettingsIcon, Users } from 'lucide-react';
import { useEffect, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { DirectoryPage } from '../features/contacts/DirectoryPage';
import { QuickLookup } from '../features/lookup/QuickLookup';
import { SaveProblem } from '../features/notices/SaveProblem';
import { StoreNotices } from '../features/notices/StoreNotices';
import { PdfBatchDialog } from '../features/releases/export/PdfBatchDialog';
import { ReleaseImportDialog } from '../features/releases/import/ReleaseImportDialog';
import { ReleasesPage } from '../features/releases/ReleasesPage';
import { SettingsPage } from '../features/settings/SettingsPage';
import { useAppStatus } from './app-queries';
import { sections, useNavigation, type Section } from './navigation-store';
import { useMainEvents } from './use-main-events';

const sectionIcons: Record<Section, ReactNode> = {
  releases: <Newspaper size={18} aria-hidden />,
  contacts: <Users size={18} aria-hidden />,
  settings: <SettingsIcon size={18} aria-hidden />,
};

const sectionPages: Record<Section, () => ReactNode> = {
  releases: () => <ReleasesPage />,
  contacts: () => <DirectoryPage />,
  settings: () => <SettingsPage />,
};

/** Navigation on the left, the current section on the right, repair notices above it. */
export function AppFrame() {
  const { t } = useTranslation();
  const section = useNavigation((state) => state.section);
  const goTo = useNavigation((state) => state.goTo);
  const openLookup = useNavigation((state) => state.openLookup);
  const status = useAppStatus();
  const main = useRef<HTMLElement>(null);
  const firstSection = useRef(true);
  useMainEvents();
  // From anywhere, even while typing in a field; in the app the menu's accelerator may fire too,
  // which is why this opens the palette rather than toggling it.
  useHotkeys([['mod+K', openLookup]], [], true);

  useEffect(() => {
    // After a change of section, keyboard and screen-reader users land on the new content.
    if (firstSection.current) {
      firstSection.current = false;
      return;
    }
    main.current?.focus();
  }, [section]);

  useEffect(() => {
    // The signal end-to-end tests wait for, instead of sleeping.
    if (status.isSuccess) document.documentElement.dataset.appState = 'ready';
  }, [status.isSuccess]);

  return (
    <div className="app-frame">
      <a className="skip-link" href="#main-content">
        {t('app.skipToContent')}
      </a>
      <nav className="app-nav" aria-label={t('app.mainNavigation')}>
        <Text className="app-brand" fw={700} size="lg">
          {t('app.name')}
        </Text>
        {sections.map((item) => (
          <NavLink
            key={item}
            component="button"
            type="button"
            label={t(`nav.${item}`)}
            leftSection={sectionIcons[item]}
            active={item === section}
            aria-current={item === section ? 'page' : undefined}
            onClick={() => goTo(item)}
          />
        ))}
      </nav>
      <main id="main-content" className="app-main" ref={main} tabIndex={-1}>
        <SaveProblem problem={status.data?.saveProblem ?? null} />
        <StoreNotices notices={status.data?.notices ?? []} />
        {sectionPages[section]()}
      </main>
      <QuickLookup />
      <ReleaseImportDialog />
      <PdfBatchDialog />
    </div>
  );
}
