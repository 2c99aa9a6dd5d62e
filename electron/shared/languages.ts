/** Languages the interface is translated into. */
export const uiLanguages = ['en', 'fr'] as const;
export type UiLanguage = (typeof uiLanguages)[number];

/**
 * Languages a press release can be written in. Each one has its own printed labels ("Press
 * release", end mark, date format), so adding one means adding those labels too.
 */
export const releaseLanguages = ['en', 'fr', 'de', 'es', 'it'] as const;
export type ReleaseLanguage = (typeof releaseLanguages)[number];

/** Picks the interface language closest to a BCP 47 locale such as `fr-CA`, English otherwise. */
export function uiLanguageForLocale(locale: string): UiLanguage {
  return locale.toLowerCase().startsWith('fr') ? 'fr' : 'en';
}
