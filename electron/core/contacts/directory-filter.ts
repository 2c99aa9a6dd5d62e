import type { Contact } from '../../shared/schemas/contact';
import type { ContactFilters } from '../../shared/schemas/contact-query';

/**
 * A test for the directory's filters: within a facet any value may match, every facet that has
 * values must match. Returns undefined when nothing is filtered, so callers can skip the test.
 */
export function buildContactFilter(
  filters: ContactFilters,
  contactOf: (id: string) => Contact | undefined,
  listMembers: (listIds: readonly string[]) => Set<string>,
): ((id: string) => boolean) | undefined {
  const tests: Array<(contact: Contact) => boolean> = [];
  const anyOf = (values: readonly string[], pick: (contact: Contact) => readonly string[]) => {
    if (values.length === 0) return;
    const wanted = new Set(values.map((value) => value.toLocaleLowerCase()));
    tests.push((contact) => pick(contact).some((value) => wanted.has(value.toLocaleLowerCase())));
  };
  anyOf(filters.beats, (contact) => contact.beats);
  anyOf(filters.tags, (contact) => contact.tags);
  anyOf(filters.languages, (contact) => contact.languages);
  anyOf(filters.organisations, (contact) => [contact.organisation]);
  anyOf(filters.countries, (contact) => [contact.country]);
  const members = filters.listIds.length > 0 ? listMembers(filters.listIds) : null;
  if (tests.length === 0 && !members) return undefined;
  return (id) => {
    if (members && !members.has(id)) return false;
    const contact = contactOf(id);
    return contact !== undefined && tests.every((test) => test(contact));
  };
}
