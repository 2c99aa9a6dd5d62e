import type { ReleaseRevision } from '../../shared/schemas/release-revision';

/** At most one revision per ten minutes of editing; every status change gets its own. */
export const REVISION_INTERVAL_MS = 10 * 60 * 1000;

/** Whether saving `next` over `previous` at `now` should keep a revision of `next`. */
export function revisionReasonFor(
  previousStatus: string,
  nextStatus: string,
  lastRevisionAt: string | undefined,
  now: Date,
): 'status' | 'edit' | null {
  if (previousStatus !== nextStatus) return 'status';
  if (!lastRevisionAt || now.getTime() - Date.parse(lastRevisionAt) >= REVISION_INTERVAL_MS) return 'edit';
  return null;
}

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/**
 * Thins a release's history as it ages: everything from the last day, one per hour for the last
 * week, one per day before that, and always every status change and every pre-restore snapshot
 * (they mark decisions). Input and output are oldest first.
 */
export function thinRevisions(revisions: readonly ReleaseRevision[], now: Date): ReleaseRevision[] {
  const keptBuckets = new Set<string>();
  const kept: ReleaseRevision[] = [];
  // Newest first, so that each bucket keeps its latest revision.
  for (const revision of [...revisions].reverse()) {
    const age = now.getTime() - Date.parse(revision.at);
    const bucket =
      age < DAY
        ? revision.id
        : age < 7 * DAY
          ? `h${Math.floor(Date.parse(revision.at) / HOUR)}`
          : `d${Math.floor(Date.parse(revision.at) / DAY)}`;
    if (revision.reason !== 'edit' || !keptBuckets.has(bucket)) {
      keptBuckets.add(bucket);
      kept.push(revision);
    }
  }
  return kept.reverse();
}
