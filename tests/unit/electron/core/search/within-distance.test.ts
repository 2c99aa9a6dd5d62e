import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { forEachWithinDistance } from '../../../../../electron/core/search/within-distance';

/** Optimal string alignment distance, computed the textbook way as the oracle. */
function osaDistance(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) =>
    Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  for (let i = 1; i <= a.length; i += 1) {
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i]![j] = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        d[i]![j] = Math.min(d[i]![j]!, d[i - 2]![j - 2]! + 1);
      }
    }
  }
  return d[a.length]![b.length]!;
}

function within(tokens: readonly string[], word: string, maxDistance: number): Map<string, number> {
  const sorted = [...new Set(tokens)].sort();
  const found = new Map<string, number>();
  forEachWithinDistance(sorted, word, maxDistance, (position, distance) =>
    found.set(sorted[position]!, distance),
  );
  return found;
}

describe('forEachWithinDistance', () => {
  const tokens = [
    'jagland',
    'jagger',
    'kowalski',
    'kowalsky',
    'dorothee',
    'reuters',
    'thorbjorn',
    'anna',
    'ana',
  ];

  it('counts a deletion, an insertion, a substitution and a swap as one edit', () => {
    expect(within(tokens, 'jaglnd', 1)).toEqual(new Map([['jagland', 1]]));
    expect(within(tokens, 'dorthee', 1)).toEqual(new Map([['dorothee', 1]]));
    expect(within(tokens, 'kowalsky', 1)).toEqual(
      new Map([
        ['kowalsky', 0],
        ['kowalski', 1],
      ]),
    );
    expect(within(tokens, 'reuetrs', 1)).toEqual(new Map([['reuters', 1]]));
    expect(within(tokens, 'annna', 1)).toEqual(new Map([['anna', 1]]));
  });

  it('finds nothing further than the distance allows', () => {
    expect(within(tokens, 'jgalnd', 1).size).toBe(0);
    expect(within(tokens, 'jgalnd', 2)).toEqual(new Map([['jagland', 2]]));
  });

  it('agrees with the textbook distance on random words', () => {
    const word = fc.string({ unit: fc.constantFrom('a', 'b', 'c', 'd'), minLength: 0, maxLength: 7 });
    fc.assert(
      fc.property(
        fc.array(word, { maxLength: 40 }),
        word,
        fc.integer({ min: 0, max: 2 }),
        (list, query, max) => {
          const expected = new Map(
            [...new Set(list)]
              .filter((token) => token !== '')
              .map((token) => [token, osaDistance(token, query)] as const)
              .filter(([, distance]) => distance <= max),
          );
          expect(within(list.filter(Boolean), query, max)).toEqual(expected);
        },
      ),
      { numRuns: 500 },
    );
  });
});
