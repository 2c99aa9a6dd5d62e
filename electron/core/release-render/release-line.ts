import type { Dateline, ReleaseLine } from '../../shared/schemas/release';
import { formatLongDate, nameTimeZone, wallTimeToInstant } from './calendar';
import type { ReleaseLabels } from './labels';

/** "For immediate release", or the embargo with its date, time and a time zone a reader can place. */
export function releaseLineText(line: ReleaseLine, labels: ReleaseLabels): string {
  if (line.kind === 'immediate') return labels.immediateRelease;
  const [hour = 0, minute = 0] = line.time.split(':').map(Number);
  const instant = wallTimeToInstant(line.date, line.time, line.timeZone);
  return labels.embargo({
    date: formatLongDate(line.date, labels.dateLocale),
    hour,
    minute,
    zone: nameTimeZone(instant, line.timeZone, labels.zoneLocales),
  });
}

/**
 * "Strasbourg, 3 December 2013 –", which opens the first paragraph; empty when the release has
 * neither place nor date. The no-break space keeps the dash off the start of a line.
 */
export function datelineText(dateline: Dateline, labels: ReleaseLabels): string {
  const parts = [
    dateline.place.trim(),
    dateline.date ? formatLongDate(dateline.date, labels.dateLocale) : '',
  ].filter((part) => part !== '');
  return parts.length === 0 ? '' : `${parts.join(', ')}\u00a0–`;
}
