import type { Release } from '../../shared/schemas/release';
import { foldText } from '../search/fold';
import { plainText } from './release-text';

/** Words of a folded text: letters and digits, whatever the script. */
function words(text: string): string[] {
  return foldText(text).match(/[\p{L}\p{N}]+/gu) ?? [];
}

/**
 * Finds releases by their reference, headline, subheadline, body and notes, accent- and
 * case-insensitive, every query word matching the start of a word. Each release keeps its sorted
 * distinct words, so a query is a few binary searches per release.
 */
export class ReleaseTextIndex {
  readonly #words = new Map<string, string[]>();

  set(release: Release): void {
    const text = [
      release.reference,
      release.headline,
      release.subheadline,
      plainText(release.body),
      ...release.notesToEditors,
    ].join(' ');
    this.#words.set(release.id, [...new Set(words(text))].sort());
    // The reference also matches as one token: "DC 153(2013)" is found by "dc153".
    const compact = foldText(release.reference).replace(/[^\p{L}\p{N}]/gu, '');
    if (compact) this.#words.set(release.id, [...new Set([...this.#words.get(release.id)!, compact])].sort());
  }

  remove(id: string): void {
    this.#words.delete(id);
  }

  /** Whether the release with `id` matches every word of `query`. An empty query matches all. */
  matches(id: string, query: string): boolean {
    const wanted = words(query);
    if (wanted.length === 0) return true;
    const own = this.#words.get(id);
    return own !== undefined && wanted.every((prefix) => hasPrefix(own, prefix));
  }
}

/** Whether a sorted list holds a word starting with `prefix`. */
function hasPrefix(sorted: readonly string[], prefix: string): boolean {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (sorted[middle]! < prefix) low = middle + 1;
    else high = middle;
  }
  return low < sorted.length && sorted[low]!.startsWith(prefix);
}
