import type { Contact } from '../../shared/schemas/contact';
import { FieldIndex } from './field-index';
import { NameOrder } from './name-order';
import { parseQuery } from './query';
import { MAX_SLOTS, rankKey, TopRanked } from './ranking';
import { LOWEST_EXACT_OR_PREFIX, searchFields } from './search-fields';
import { TermMatches } from './term-matches';
import { TimeSlicer } from './time-slicer';

/** How a build shares the event loop. */
export interface BuildOptions {
  /** Longest stretch of work, in milliseconds, before the build yields to the event loop. Default 5. */
  yieldEveryMs?: number;
  /** Abandons the build (its promise rejects with the signal's reason) at its next yield. */
  signal?: AbortSignal;
}

export interface SearchOptions {
  /** How many ids to return. */
  limit: number;
  /** How many of the best-ranked matches to skip first. Default 0. */
  offset?: number;
  /** Keeps only the contacts it returns true for (beat, outlet, list filters); `total` counts those. */
  accept?: (id: string) => boolean;
}

export interface SearchResult {
  /** How many contacts match the query (and `accept`), beyond the page returned. */
  total: number;
  /** One page of matching contact ids, best first. */
  ids: string[];
}

// A third of a 60 Hz frame, leaving room for a garbage collection within the frame: measured at
// 100,000 contacts, the event loop then waits 14–20 ms at worst, against 18–25 ms with 8 ms slices.
const DEFAULT_SLICE_MS = 5;

/**
 * The contact directory's search index, held in memory next to the contacts. Every word of a query
 * must match some field of a contact (name, outlet, role, e-mail, phone, city, country), by prefix
 * or, for words of 4 letters or more, with a typo; see {@link ContactSearchIndex.search}.
 *
 * Build it once with {@link ContactSearchIndex.build}, then keep it in step with `add`, `update` and
 * `remove` as contacts change: it is never rebuilt for a query.
 */
export class ContactSearchIndex {
  readonly #fields = searchFields.map((field) => new FieldIndex(field));
  readonly #names = new NameOrder();
  readonly #slotById = new Map<string, number>();
  /** Id by slot; undefined once a slot is free. */
  readonly #ids: (string | undefined)[] = [];
  /** What each slot was indexed with, field by field, so removal takes out exactly those tokens. */
  readonly #texts: (readonly string[] | undefined)[] = [];
  readonly #freeSlots: number[] = [];

  private constructor() {}

  /**
   * Indexes `contacts` in slices of `yieldEveryMs`, so the event loop never waits much longer than
   * that. A later contact with the same id replaces an earlier one.
   */
  static async build(contacts: Iterable<Contact>, options: BuildOptions = {}): Promise<ContactSearchIndex> {
    const slicer = new TimeSlicer(options.yieldEveryMs ?? DEFAULT_SLICE_MS, options.signal);
    const index = new ContactSearchIndex();
    for (const contact of contacts) {
      index.update(contact);
      if (slicer.due()) await slicer.pause();
    }
    for (const field of index.#fields) await field.finishLoading(slicer);
    await index.#names.finishLoading(slicer);
    return index;
  }

  /** How many contacts are indexed. */
  get size(): number {
    return this.#slotById.size;
  }

  /** Indexes a new contact; the same as {@link update} if its id is already indexed. */
  add(contact: Contact): void {
    this.update(contact);
  }

  /** Re-indexes a contact, so that its old values are no longer found; adds it if it is new. */
  update(contact: Contact): void {
    this.remove(contact.id);
    const slot = this.#freeSlots.pop() ?? this.#ids.length;
    if (slot >= MAX_SLOTS) throw new RangeError(`The search index holds at most ${MAX_SLOTS} contacts`);
    const texts = searchFields.map((field) => field.text(contact));
    this.#fields.forEach((index, field) => index.add(slot, index.tokensOf(texts[field]!)));
    this.#names.place(slot, contact);
    this.#ids[slot] = contact.id;
    this.#texts[slot] = texts;
    this.#slotById.set(contact.id, slot);
  }

  /** Takes a contact out of the index; false if it was not there. */
  remove(id: string): boolean {
    const slot = this.#slotById.get(id);
    if (slot === undefined) return false;
    const texts = this.#texts[slot]!;
    this.#fields.forEach((index, field) => index.remove(slot, index.tokensOf(texts[field]!)));
    this.#names.delete(slot);
    this.#ids[slot] = undefined;
    this.#texts[slot] = undefined;
    this.#slotById.delete(id);
    this.#freeSlots.push(slot);
    return true;
  }

  /**
   * The contacts that match every word of `query`, best first: exact name matches, then name
   * prefixes, then the outlet, role, e-mail, phone, city and country; typo matches after all exact
   * and prefix ones; equals in alphabetical order of family name, given name, then id.
   *
   * A blank query (or one with no letters or digits) matches nothing: the caller shows the whole
   * directory instead. A one-letter query works, by prefix, but matches most of the directory.
   */
  search(query: string, options: SearchOptions): SearchResult {
    const terms = parseQuery(query);
    if (terms.length === 0) return { total: 0, ids: [] };
    const capacity = this.#ids.length;
    const perTerm = terms.map((term) => {
      const matches = new TermMatches(capacity);
      for (const field of this.#fields) field.collect(term, matches);
      return matches;
    });
    // Only slots that matched every term can match; the rarest term has the fewest to check.
    const rarest = perTerm.reduce((rarer, matches) =>
      matches.slots.length < rarer.slots.length ? matches : rarer,
    );
    const ranks = this.#names.ranks(capacity);
    const offset = options.offset ?? 0;
    const top = new TopRanked(offset + options.limit);
    let total = 0;
    candidates: for (const slot of rarest.slots) {
      let weightSum = 0;
      let typoFreeTerms = 0;
      for (const matches of perTerm) {
        const weight = matches.best[slot]!;
        if (weight === 0) continue candidates;
        weightSum += weight;
        if (weight >= LOWEST_EXACT_OR_PREFIX) typoFreeTerms += 1;
      }
      if (options.accept && !options.accept(this.#ids[slot]!)) continue;
      total += 1;
      top.offer(rankKey(typoFreeTerms, weightSum, ranks[slot]!), slot);
    }
    return {
      total,
      ids: top
        .bestFirst()
        .slice(offset)
        .map((slot) => this.#ids[slot]!),
    };
  }
}
