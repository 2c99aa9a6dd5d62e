import { describe, expect, it } from 'vitest';
import { sortInSlices } from '../../../../../electron/core/search/sort-in-slices';
import { TimeSlicer } from '../../../../../electron/core/search/time-slicer';
import { seededRandom } from '../../../../support/generate';

function randomWords(count: number): string[] {
  const random = seededRandom(7);
  const letters = 'aæbcdeéfoøzZ0';
  return Array.from({ length: count }, (_, index) => {
    const length = 1 + Math.floor(random() * 8);
    const word = Array.from({ length }, () => letters[Math.floor(random() * letters.length)]).join('');
    return `${word}${index}`;
  });
}

describe('sortInSlices', () => {
  it('sorts by code units, as the engine sort does, across many runs and merges', async () => {
    const words = randomWords(20_000);
    const expected = [...words].sort();
    const sorted = await sortInSlices(words, new TimeSlicer(5));
    expect(sorted).toBe(words);
    expect(sorted).toEqual(expected);
  });

  it('yields to the event loop while it sorts', async () => {
    let ticks = 0;
    const ticker = setInterval(() => (ticks += 1), 0);
    await sortInSlices(randomWords(50_000), new TimeSlicer(0));
    clearInterval(ticker);
    expect(ticks).toBeGreaterThan(0);
  });

  it('stops with the reason of an aborted signal', async () => {
    const controller = new AbortController();
    controller.abort(new Error('contacts reloaded'));
    await expect(sortInSlices(randomWords(10_000), new TimeSlicer(0, controller.signal))).rejects.toThrow(
      'contacts reloaded',
    );
  });
});
