import { MAX_QUERY_TERMS } from './query';

/** Slot numbers must fit below this for {@link rankKey} to stay exact. */
export const MAX_SLOTS = 2 ** 24;
// Above the largest weight sum a query can reach (16 terms × 255), so the sum never spills into the tier.
const TIER = MAX_QUERY_TERMS * 256;

/**
 * One number that orders matches, larger first: contacts whose every term matched exactly or by
 * prefix come before those that needed a typo (more typo-free terms first), then the larger sum of
 * field weights, then alphabetical order. Stays below 2^41, well inside a double's exact integers.
 */
export function rankKey(typoFreeTerms: number, weightSum: number, alphabeticalRank: number): number {
  return (typoFreeTerms * TIER + weightSum) * MAX_SLOTS + (MAX_SLOTS - 1 - alphabeticalRank);
}

/**
 * Keeps the `size` best-ranked slots offered (a min-heap on the rank key), so ranking 100,000
 * matches for a page of 50 costs one comparison for most of them rather than a full sort.
 */
export class TopRanked {
  readonly #keys: number[] = [];
  readonly #slots: number[] = [];

  constructor(private readonly size: number) {}

  offer(key: number, slot: number): void {
    const keys = this.#keys;
    if (keys.length < this.size) {
      keys.push(key);
      this.#slots.push(slot);
      this.#siftUp(keys.length - 1);
    } else if (this.size > 0 && key > keys[0]!) {
      keys[0] = key;
      this.#slots[0] = slot;
      this.#siftDown(0);
    }
  }

  /** The kept slots, best first. */
  bestFirst(): number[] {
    return this.#keys
      .map((key, index) => ({ key, slot: this.#slots[index]! }))
      .sort((a, b) => b.key - a.key)
      .map((entry) => entry.slot);
  }

  #siftUp(from: number): void {
    let child = from;
    while (child > 0) {
      const parent = (child - 1) >> 1;
      if (this.#keys[parent]! <= this.#keys[child]!) return;
      this.#swap(parent, child);
      child = parent;
    }
  }

  #siftDown(from: number): void {
    const count = this.#keys.length;
    let parent = from;
    for (;;) {
      const left = 2 * parent + 1;
      const right = left + 1;
      let smallest = parent;
      if (left < count && this.#keys[left]! < this.#keys[smallest]!) smallest = left;
      if (right < count && this.#keys[right]! < this.#keys[smallest]!) smallest = right;
      if (smallest === parent) return;
      this.#swap(parent, smallest);
      parent = smallest;
    }
  }

  #swap(a: number, b: number): void {
    const key = this.#keys[a]!;
    this.#keys[a] = this.#keys[b]!;
    this.#keys[b] = key;
    const slot = this.#slots[a]!;
    this.#slots[a] = this.#slots[b]!;
    this.#slots[b] = slot;
  }
}
