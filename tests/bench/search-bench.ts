import { monitorEventLoopDelay } from 'node:perf_hooks';
import { summarise, timed } from './stats';
import { ContactSearchIndex } from '../../electron/core/search/contact-search-index';
import type { Contact } from '../../electron/shared/schemas/contact';
import { generateContacts, seededRandom } from '../support/generate';

const QUERIES_PER_CLASS = 300;
const BUILDS = 3;
const PAGE = { limit: 50 };

/** Words a person would type: given and family names, outlet words and cities of the contacts. */
function wordsOf(contacts: readonly Contact[]): string[] {
  const words = new Set<string>();
  for (const contact of contacts.slice(0, 2_000)) {
    for (const text of [contact.givenName, contact.familyName, contact.organisation, contact.city]) {
      for (const word of text.split(/[^\p{L}]+/u)) if (word.length >= 4) words.add(word);
    }
  }
  return [...words];
}

/** One typing mistake, as people make them: a letter left out, doubled, swapped or replaced. */
function misspell(word: string, random: () => number): string {
  // Not on the first letter, which people rarely get wrong.
  const at = 1 + Math.floor(random() * (word.length - 2));
  const letter = 'aeiounrst'[Math.floor(random() * 9)]!;
  switch (Math.floor(random() * 4)) {
    case 0:
      return word.slice(0, at) + word.slice(at + 1);
    case 1:
      return word.slice(0, at) + word[at]! + word.slice(at);
    case 2:
      return word.slice(0, at) + word[at + 1]! + word[at]! + word.slice(at + 2);
    default:
      return word.slice(0, at) + letter + word.slice(at + 1);
  }
}

/** Varied queries of each kind, drawn from the generated directory, the same on every run. */
function queryClasses(contacts: readonly Contact[]) {
  const random = seededRandom(42);
  const words = wordsOf(contacts);
  const pick = () => words[Math.floor(random() * words.length)]!;
  const many = (make: () => string) => Array.from({ length: QUERIES_PER_CLASS }, make);
  return {
    oneChar: many(() => pick().slice(0, 1)),
    twoChars: many(() => pick().slice(0, 2)),
    threeChars: many(() => pick().slice(0, 3)),
    word: many(pick),
    typo: many(() => misspell(pick(), random)),
  };
}

function heapUsed(): number {
  globalThis.gc?.();
  return process.memoryUsage().heapUsed;
}

/**
 * Builds the contact search index over `count` generated contacts (median of 3 builds, with the
 * longest event-loop block seen meanwhile), reports the heap it holds, and times searches for a
 * page of 50 for 300 varied queries of each kind: 1, 2 and 3 characters, a whole word, a typo.
 * Heap figures are exact when Node runs with --expose-gc, and a noisier delta otherwise.
 */
export async function benchSearch(count: number) {
  const contacts = generateContacts(count);
  const builds: number[] = [];
  let longestBlockNs = 0;
  let index: ContactSearchIndex | undefined;
  let heapBytes = 0;
  for (let run = 0; run < BUILDS; run += 1) {
    index = undefined;
    const before = heapUsed();
    // A fresh histogram each time: one re-enabled after a pause counts the pause as a block.
    const loopDelay = monitorEventLoopDelay({ resolution: 1 });
    loopDelay.enable();
    builds.push(await timed(async () => (index = await ContactSearchIndex.build(contacts))));
    loopDelay.disable();
    longestBlockNs = Math.max(longestBlockNs, loopDelay.max);
    heapBytes = heapUsed() - before;
  }
  const built = index!;

  const searchMs: Record<string, ReturnType<typeof summarise>> = {};
  const medianTotal: Record<string, number> = {};
  for (const [name, queries] of Object.entries(queryClasses(contacts))) {
    for (const query of queries.slice(0, 20)) built.search(query, PAGE);
    const samples: number[] = [];
    const totals: number[] = [];
    for (const query of queries) {
      samples.push(await timed(async () => totals.push(built.search(query, PAGE).total)));
    }
    searchMs[name] = summarise(samples);
    medianTotal[name] = summarise(totals).median;
  }
  return {
    contacts: count,
    buildMs: summarise(builds),
    heapMb: Math.round(heapBytes / 1e5) / 10,
    heapMeasuredAfterGc: typeof globalThis.gc === 'function',
    buildEventLoopMaxBlockedMs: Math.round(longestBlockNs / 1e4) / 100,
    searchMs,
    medianTotal,
  };
}
