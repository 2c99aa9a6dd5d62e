import type { ContactSortColumn } from '../../shared/schemas/contact-query';
import type { Contact } from '../../shared/schemas/contact';

type OrderedColumn = Exclude<ContactSortColumn, 'relevance'>;

/**
 * The directory sorted by each column, with locale-aware collation, computed when first asked and
 * kept until the contacts change. Sorting 100,000 names takes a while; a keystroke must not.
 */
export class DirectoryOrder {
  readonly #sorted = new Map<string, string[]>();
  readonly #positions = new Map<string, Map<string, number>>();

  /** Forgets every order, after any change to the contacts. */
  invalidate(): void {
    this.#sorted.clear();
    this.#positions.clear();
  }

  /** Every contact id in the column's ascending order. */
  ids(column: OrderedColumn, locale: string, contacts: () => Iterable<Contact>): string[] {
    const key = `${column}|${locale}`;
    const cached = this.#sorted.get(key);
    if (cached) return cached;
    const collator = new Intl.Collator(locale, { sensitivity: 'base', numeric: true });
    const byName = (a: Contact, b: Contact) =>
      collator.compare(a.familyName || a.organisation, b.familyName || b.organisation) ||
      collator.compare(a.givenName, b.givenName) ||
      a.id.localeCompare(b.id);
    const compare: (a: Contact, b: Contact) => number =
      column === 'name'
        ? byName
        : column === 'updated'
          ? (a, b) => b.updatedAt.localeCompare(a.updatedAt) || byName(a, b)
          : (a, b) => emptyLast(a[column], b[column], collator) || byName(a, b);
    const ids = [...contacts()].sort(compare).map((contact) => contact.id);
    this.#sorted.set(key, ids);
    return ids;
  }

  /** Sorts a subset of ids (search results) in the column's order, using cached positions. */
  sortSubset(
    ids: readonly string[],
    column: OrderedColumn,
    locale: string,
    contacts: () => Iterable<Contact>,
  ): string[] {
    const key = `${column}|${locale}`;
    let positions = this.#positions.get(key);
    if (!positions) {
      positions = new Map(this.ids(column, locale, contacts).map((id, index) => [id, index]));
      this.#positions.set(key, positions);
    }
    const rank = positions;
    return [...ids].sort((a, b) => (rank.get(a) ?? 0) - (rank.get(b) ?? 0));
  }
}

/** Blank values go after every real one, whatever the direction of the text. */
function emptyLast(a: string, b: string, collator: Intl.Collator): number {
  if (!a.trim() !== !b.trim()) return a.trim() ? -1 : 1;
  return collator.compare(a, b);
}
