/** Dates and wall-clock times of a release, computed with Intl only (no Temporal in Node 20). */

/** A `YYYY-MM-DD` date written out in a locale's long style: "3 December 2013", "3. Dezember 2013". */
export function formatLongDate(date: string, locale: string): string {
  const [year = 0, month = 1, day = 1] = date.split('-').map(Number);
  return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(
    Date.UTC(year, month - 1, day),
  );
}

/** How far `timeZone` is ahead of UTC at `instant`, in milliseconds. */
function zoneOffsetAt(instant: number, timeZone: string): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
  }).formatToParts(instant);
  const part = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((p) => p.type === type)?.value);
  const wallAsUtc = Date.UTC(
    part('year'),
    part('month') - 1,
    part('day'),
    part('hour'),
    part('minute'),
    part('second'),
  );
  return wallAsUtc - Math.floor(instant / 1000) * 1000;
}

/**
 * The instant at which the wall clock in `timeZone` shows `date` `time` (`HH:MM`). The offset is
 * looked up twice because the first guess can fall on the other side of a daylight-saving change.
 */
export function wallTimeToInstant(date: string, time: string, timeZone: string): Date {
  const [year = 0, month = 1, day = 1] = date.split('-').map(Number);
  const [hour = 0, minute = 0] = time.split(':').map(Number);
  const wall = Date.UTC(year, month - 1, day, hour, minute);
  const firstGuess = wall - zoneOffsetAt(wall, timeZone);
  return new Date(wall - zoneOffsetAt(firstGuess, timeZone));
}

/** A time zone as a reader sees it: an abbreviation they know, or a spelt-out name with its offset. */
export type ZoneName =
  { kind: 'abbreviation'; abbreviation: string } | { kind: 'described'; name: string; offset: string };

function zoneNamePart(
  instant: Date,
  timeZone: string,
  locale: string,
  style: 'short' | 'long' | 'shortOffset',
) {
  return (
    new Intl.DateTimeFormat(locale, { timeZone, timeZoneName: style })
      .formatToParts(instant)
      .find((part) => part.type === 'timeZoneName')?.value ?? ''
  );
}

/**
 * Names `timeZone` at `instant` for readers of `locales` (most preferred first): the first real
 * abbreviation Intl knows in one of them ("CET", "CEST", "EDT", "MEZ"), else the long name with the
 * offset ("heure d’été de l’Est nord-américain", "UTC−4"), because "GMT-4" alone does not say where.
 */
export function nameTimeZone(instant: Date, timeZone: string, locales: readonly string[]): ZoneName {
  for (const locale of locales) {
    const short = zoneNamePart(instant, timeZone, locale, 'short');
    if (/^[A-Z]{2,5}$/.test(short)) return { kind: 'abbreviation', abbreviation: short };
  }
  const locale = locales[0] ?? 'en';
  return {
    kind: 'described',
    name: zoneNamePart(instant, timeZone, locale, 'long'),
    offset: zoneNamePart(instant, timeZone, locale, 'shortOffset'),
  };
}
