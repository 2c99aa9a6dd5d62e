import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { UiLanguage } from '@shared/languages';
import { en } from './en';
import { fr } from './fr';

/** Creates the i18next instance with both catalogues bundled: nothing is fetched at run time. */
export function createI18n(language: UiLanguage = 'en') {
  const instance = i18next.createInstance();
  void instance.use(initReactI18next).init({
    resources: { en: { translation: en }, fr: { translation: fr } },
    lng: language,
    fallbackLng: 'en',
    // React escapes what it renders; escaping here too would double-escape names like "O'Brien".
    interpolation: { escapeValue: false },
    returnNull: false,
    initAsync: false,
  });
  return instance;
}
