/** A date and time as the interface's language writes it ("12 Nov 2026, 08:40" / "12 nov. 2026, 08:40"). */
export function formatDateTime(iso: string, language: string): string {
  return new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));
}
