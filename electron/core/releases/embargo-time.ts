import { Temporal } from 'temporal-polyfill';
import type { ReleaseLine } from '../../shared/schemas/release';

type Embargo = Extract<ReleaseLine, { kind: 'embargo' }>;

/**
 * The instant an embargo lifts, or null when that wall-clock time does not exist in its time zone
 * (the hour skipped when clocks go forward): such an embargo must be fixed, not silently moved.
 */
export function embargoInstant({ date, time, timeZone }: Embargo): Date | null {
  const [year, month, day] = date.split('-').map(Number);
  const [hour, minute] = time.split(':').map(Number);
  try {
    const zoned = Temporal.ZonedDateTime.from(
      { timeZone, year: year!, month: month!, day: day!, hour: hour!, minute: minute! },
      { disambiguation: 'reject' },
    );
    return new Date(zoned.epochMilliseconds);
  } catch {
    return null;
  }
}
