import { offerSlots, withoutSlot, withSlot, type SlotList } from './slot-list';
import { sortInSlices } from './sort-in-slices';
import type { TermMatches } from './term-matches';
import type { TimeSlicer } from './time-slicer';
import { forEachWithinDistance } from './within-distance';

/** Distinct tokens in code-unit order, each with the slots that hold it at the same position. */
interface SortedTokens {
  tokens: string[];
  slots: SlotList[];
}

// Past this many tokens added since the last fold, the side list is folded into the main one.
const RECENT_LIMIT = 1_024;
// How many tokens between two looks at the clock.
const CLOCK_EVERY = 4_096;

/** Index of the first token of `sorted` that is not below `token`. */
function lowerBound(sorted: readonly string[], token: string): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (sorted[middle]! < token) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** Index of the first token of `sorted`, from `from` on, that neither starts with `prefix` nor sorts below it. */
function endOfPrefix(sorted: readonly string[], prefix: string, from: number): number {
  let low = from;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    const token = sorted[middle]!;
    if (token < prefix || token.startsWith(prefix)) low = middle + 1;
    else high = middle;
  }
  return low;
}

/**
 * The tokens of one field and the contact slots holding each, sorted so that the tokens with a
 * prefix are one range found by binary search, and a typo search can walk them as a trie. Slots sit
 * next to their token, so a prefix matching 100,000 phone numbers reads two arrays in order rather
 * than making 100,000 hash lookups.
 *
 * A build first gathers tokens in a map and sorts them once. Tokens that appear later go to a small
 * sorted side list, because inserting into the main arrays would copy them (hundreds of thousands of
 * entries) for each new token; the side list is folded in once it is long enough, and the fold also
 * drops tokens that no contact holds any more.
 */
export class TokenPostings {
  #loading: Map<string, SlotList> | null = new Map();
  #main: SortedTokens = { tokens: [], slots: [] };
  #recent: SortedTokens = { tokens: [], slots: [] };

  /** Records that `slot` holds `token`. */
  add(token: string, slot: number): void {
    if (this.#loading) {
      const slots = this.#loading.get(token);
      // An array grows in place: only a new token or a second slot needs the map written.
      if (Array.isArray(slots)) slots.push(slot);
      else this.#loading.set(token, withSlot(slots, slot));
      return;
    }
    const main = this.#main;
    const inMain = lowerBound(main.tokens, token);
    if (main.tokens[inMain] === token) {
      main.slots[inMain] = withSlot(main.slots[inMain], slot);
      return;
    }
    const position = lowerBound(this.#recent.tokens, token);
    if (this.#recent.tokens[position] === token) {
      this.#recent.slots[position] = withSlot(this.#recent.slots[position], slot);
      return;
    }
    this.#recent.tokens.splice(position, 0, token);
    this.#recent.slots.splice(position, 0, slot);
    if (this.#recent.tokens.length >= RECENT_LIMIT) this.#foldRecent();
  }

  /** Forgets that `slot` holds `token`. */
  remove(token: string, slot: number): void {
    if (this.#loading) {
      const slots = withoutSlot(this.#loading.get(token), slot);
      if (slots === undefined) this.#loading.delete(token);
      else this.#loading.set(token, slots);
      return;
    }
    for (const sorted of [this.#main, this.#recent]) {
      const position = lowerBound(sorted.tokens, token);
      if (sorted.tokens[position] === token) {
        sorted.slots[position] = withoutSlot(sorted.slots[position], slot);
        return;
      }
    }
  }

  /** Sorts the tokens gathered by a build; from then on each new token is filed as it comes. */
  async finishLoading(slicer: TimeSlicer): Promise<void> {
    const gathered = this.#loading;
    if (!gathered) return;
    const tokens: string[] = [];
    for (const token of gathered.keys()) {
      tokens.push(token);
      if (tokens.length % CLOCK_EVERY === 0 && slicer.due()) await slicer.pause();
    }
    await sortInSlices(tokens, slicer);
    const slots = new Array<SlotList>(tokens.length);
    for (let position = 0; position < tokens.length; position += 1) {
      slots[position] = gathered.get(tokens[position]!);
      if (position % CLOCK_EVERY === 0 && slicer.due()) await slicer.pause();
    }
    this.#main = { tokens, slots };
    this.#loading = null;
  }

  /** Offers the slots of every token that starts with `prefix`: `exact` if it is the whole token. */
  offerPrefix(prefix: string, exact: number, partial: number, matches: TermMatches): void {
    for (const { tokens, slots } of [this.#main, this.#recent]) {
      let position = lowerBound(tokens, prefix);
      // Found by two binary searches, the range is then read without touching its strings: a prefix
      // such as "+33 3 88" spans 100,000 phone tokens, scattered over the heap.
      const end = endOfPrefix(tokens, prefix, position);
      if (position < end && tokens[position] === prefix) offerSlots(slots[position++], exact, matches);
      for (; position < end; position += 1) offerSlots(slots[position], partial, matches);
    }
  }

  /**
   * Offers the slots of every token within `maxDistance` edits of `word` that does not start with
   * it (those are prefix matches, which weigh more), with `weight` less one for each edit past the first.
   */
  offerTypos(word: string, maxDistance: number, weight: number, matches: TermMatches): void {
    for (const { tokens, slots } of [this.#main, this.#recent]) {
      forEachWithinDistance(tokens, word, maxDistance, (position, distance) => {
        if (distance > 0 && !tokens[position]!.startsWith(word)) {
          offerSlots(slots[position], weight + 1 - distance, matches);
        }
      });
    }
  }

  #foldRecent(): void {
    const main = this.#main;
    const recent = this.#recent;
    const merged: SortedTokens = { tokens: [], slots: [] };
    let m = 0;
    let r = 0;
    while (m < main.tokens.length || r < recent.tokens.length) {
      const fromMain =
        r >= recent.tokens.length || (m < main.tokens.length && main.tokens[m]! < recent.tokens[r]!);
      const from = fromMain ? main : recent;
      const position = fromMain ? m++ : r++;
      const slots = from.slots[position];
      if (slots === undefined) continue;
      merged.tokens.push(from.tokens[position]!);
      merged.slots.push(slots);
    }
    this.#main = merged;
    this.#recent = { tokens: [], slots: [] };
  }
}
