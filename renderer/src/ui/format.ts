/**
 * The locale to format dates with: the person's own system locale when it is in the interface's
 * language (en-GB writes "12 Nov 2026", en-US "Nov 12, 2026"), otherwise the interface language.
 */
export function formattingLocale(uiLanguage: string): string {
  return navigator.languages.find((locale) => locale.split('-')[0] === uiLanguage) ?? uiLanguage;
}

/** A date and time as the person's locale writes it ("12 Nov 2026, 08:40" / "12 nov. 2026, 08:40"). */
export function formatDateTime(iso: string, uiLanguage: string): string {
  return new Intl.DateTimeFormat(formattingLocale(uiLanguage), {
    dateStyle: 'medium',
    timeStyle: 'short',
  }).format(new Date(iso));
}
