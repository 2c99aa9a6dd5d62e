import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { formatReference, nextReference } from '../../../../../electron/shared/reference-number';
import { revisionReasonFor, thinRevisions } from '../../../../../electron/core/releases/revision-policy';
import { wordDiff } from '../../../../../electron/core/releases/word-diff';
import type { ReleaseRevision } from '../../../../../electron/shared/schemas/release-revision';
import { generateRelease } from '../../../../support/generate';

describe('reference numbers', () => {
  it('fill the organisation’s pattern', () => {
    expect(formatReference('DC {n}({yyyy})', 153, 2013)).toBe('DC 153(2013)');
    expect(formatReference('PR-{yy}/{nnn}', 7, 2026)).toBe('PR-26/007');
    expect(formatReference('n° {n}', 397, 2026)).toBe('n° 397');
  });

  it('skip numbers already taken by hand', () => {
    const taken = new Set(['DC 4(2026)', 'DC 5(2026)']);
    expect(nextReference('DC {n}({yyyy})', 2026, 3, taken)).toEqual({ reference: 'DC 6(2026)', number: 6 });
  });
});

describe('revision policy', () => {
  const now = new Date('2026-11-28T12:00:00Z');
  it('keeps one on every status change, and at most one per ten minutes of editing', () => {
    expect(revisionReasonFor('draft', 'approved', '2026-11-28T11:59:00Z', now)).toBe('status');
    expect(revisionReasonFor('draft', 'draft', undefined, now)).toBe('edit');
    expect(revisionReasonFor('draft', 'draft', '2026-11-28T11:55:00Z', now)).toBeNull();
    expect(revisionReasonFor('draft', 'draft', '2026-11-28T11:50:00Z', now)).toBe('edit');
  });

  it('thins an aging history: all of today, one per hour this week, one per day before, every decision', () => {
    const release = generateRelease(1);
    const at = (hoursAgo: number, reason: ReleaseRevision['reason'] = 'edit'): ReleaseRevision => ({
      id: randomUUID(),
      at: new Date(now.getTime() - hoursAgo * 3_600_000).toISOString(),
      reason,
      release,
    });
    // Oldest first: two edits and, later that day, a status change a month ago; two edits in one
    // hour three days ago; three edits within the last day.
    const history = [
      at(24 * 30 + 5),
      at(24 * 30 + 4),
      at(24 * 30 + 3, 'status'),
      at(72.5),
      at(72.2),
      at(20),
      at(3),
      at(0.2),
    ];
    const kept = thinRevisions(history, now);
    // The status change stands for its day; the later edit of the hour three days ago stands for it.
    expect(kept.map((revision) => revision.at)).toEqual(
      [history[2], history[4], history[5], history[6], history[7]].map((revision) => revision!.at),
    );
    expect(thinRevisions([at(24 * 30 + 5), at(24 * 30 + 4)], now)).toHaveLength(1);
  });
});

describe('wordDiff', () => {
  it('marks the words added and removed, keeping the rest', () => {
    expect(wordDiff('The towns signed a pact', 'The coastal towns signed the pact')).toEqual([
      { kind: 'same', text: 'The ' },
      { kind: 'added', text: 'coastal ' },
      { kind: 'same', text: 'towns signed ' },
      { kind: 'removed', text: 'a' },
      { kind: 'added', text: 'the' },
      { kind: 'same', text: ' pact' },
    ]);
  });

  it('reads back to each side', () => {
    const before = 'Cooperation with the private sector is essential';
    const after = 'Cooperation with industry is essential, said Jagland';
    const parts = wordDiff(before, after);
    expect(
      parts
        .filter((part) => part.kind !== 'added')
        .map((part) => part.text)
        .join(''),
    ).toBe(before);
    expect(
      parts
        .filter((part) => part.kind !== 'removed')
        .map((part) => part.text)
        .join(''),
    ).toBe(after);
  });
});
