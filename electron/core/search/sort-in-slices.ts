import type { TimeSlicer } from './time-slicer';

// Runs this long are sorted by the engine's own sort in one go: about 2 ms each.
const RUN_LENGTH = 2_048;
// How many merged items between two looks at the clock.
const CLOCK_EVERY = 4_096;

/**
 * Sorts distinct strings by UTF-16 code units, in place (and returns the array), yielding to the
 * event loop whenever the slicer says so. The engine's sort does runs of a few thousand, then a
 * bottom-up merge joins them: sorting 500,000 tokens in one call blocks for about 170 ms, and a
 * merge sort done wholly here, with a comparator, is three to four times slower than the engine's.
 */
export async function sortInSlices(items: string[], slicer: TimeSlicer): Promise<string[]> {
  const count = items.length;
  for (let start = 0; start < count; start += RUN_LENGTH) {
    // With no comparator, the engine compares strings by code units, the order `<` gives below.
    const run = items.slice(start, start + RUN_LENGTH).sort();
    for (let offset = 0; offset < run.length; offset += 1) items[start + offset] = run[offset]!;
    if (slicer.due()) await slicer.pause();
  }
  let source = items;
  let target = new Array<string>(count);
  let sinceClock = 0;
  for (let width = RUN_LENGTH; width < count; width *= 2) {
    for (let left = 0; left < count; left += 2 * width) {
      const middle = Math.min(left + width, count);
      const end = Math.min(left + 2 * width, count);
      let a = left;
      let b = middle;
      for (let out = left; out < end; out += 1) {
        if (a < middle && (b >= end || source[a]! < source[b]!)) target[out] = source[a++]!;
        else target[out] = source[b++]!;
        sinceClock += 1;
        if (sinceClock >= CLOCK_EVERY) {
          sinceClock = 0;
          if (slicer.due()) await slicer.pause();
        }
      }
    }
    [source, target] = [target, source];
  }
  if (source !== items) {
    for (let index = 0; index < count; index += 1) items[index] = source[index]!;
  }
  return items;
}
