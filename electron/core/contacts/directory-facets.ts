import type { Contact } from '../../shared/schemas/contact';
import type { ContactFacets } from '../../shared/schemas/contact-query';

const MAX_VALUES_PER_FACET = 200;

/** The values of each filterable field across the directory, most used first. */
export function computeFacets(contacts: Iterable<Contact>, locale: string): ContactFacets {
  const counters = {
    beats: new Map<string, number>(),
    organisations: new Map<string, number>(),
    countries: new Map<string, number>(),
    languages: new Map<string, number>(),
    tags: new Map<string, number>(),
  };
  const count = (counter: Map<string, number>, values: readonly string[]) => {
    for (const value of new Set(values.map((item) => item.trim()).filter(Boolean))) {
      counter.set(value, (counter.get(value) ?? 0) + 1);
    }
  };
  for (const contact of contacts) {
    count(counters.beats, contact.beats);
    count(counters.organisations, [contact.organisation]);
    count(counters.countries, [contact.country]);
    count(counters.languages, contact.languages);
    count(counters.tags, contact.tags);
  }
  const collator = new Intl.Collator(locale, { sensitivity: 'base' });
  const ranked = (counter: Map<string, number>) =>
    [...counter]
      .map(([value, total]) => ({ value, count: total }))
      .sort((a, b) => b.count - a.count || collator.compare(a.value, b.value))
      .slice(0, MAX_VALUES_PER_FACET);
  return {
    beats: ranked(counters.beats),
    organisations: ranked(counters.organisations),
    countries: ranked(counters.countries),
    languages: ranked(counters.languages),
    tags: ranked(counters.tags),
  };
}
