import { MantineProvider } from '@mantine/core';
import { useColorScheme } from '@mantine/hooks';
import { Notifications } from '@mantine/notifications';
import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import type { i18n as I18n } from 'i18next';
import { useEffect } from 'react';
import { I18nextProvider, useTranslation } from 'react-i18next';
import { AppFrame } from './AppFrame';
import { theme } from './theme';
import { LoadingScreen } from '../ui/LoadingScreen';
import { useSettings } from '../features/settings/settings-queries';

interface AppProps {
  i18n: I18n;
  queryClient: QueryClient;
}

/** The whole renderer: translations, data from main, theme, notifications and the app frame. */
export function App({ i18n, queryClient }: AppProps) {
  return (
    <I18nextProvider i18n={i18n}>
      <QueryClientProvider client={queryClient}>
        <ThemedApp />
      </QueryClientProvider>
    </I18nextProvider>
  );
}

function ThemedApp() {
  const settings = useSettings();
  const { i18n } = useTranslation();
  const systemScheme = useColorScheme('light', { getInitialValueInEffect: false });
  const preference = settings.data?.theme ?? 'system';
  const colorScheme = preference === 'system' ? systemScheme : preference;
  const language = settings.data?.uiLanguage;

  useEffect(() => {
    if (!language) return;
    void i18n.changeLanguage(language);
    document.documentElement.lang = language;
  }, [i18n, language]);

  return (
    // No CSS variables or classes injected at run time: the CSP forbids inline <style>, and the
    // default theme's variables already ship in Mantine's stylesheet.
    <MantineProvider
      theme={theme}
      forceColorScheme={colorScheme}
      withCssVariables={false}
      withGlobalClasses={false}
    >
      <Notifications position="bottom-right" />
      {settings.data ? <AppFrame /> : <LoadingScreen failed={settings.isError} />}
    </MantineProvider>
  );
}
