import { describe, expect, it } from 'vitest';
import { ContactSearchIndex } from '../../../../../electron/core/search/contact-search-index';
import { parseQuery, type QueryTerm } from '../../../../../electron/core/search/query';
import { searchFields, type SearchField } from '../../../../../electron/core/search/search-fields';
import type { Contact } from '../../../../../electron/shared/schemas/contact';
import { generateContacts, seededRandom } from '../../../../support/generate';

type TokenisedContact = { field: SearchField; tokens: string[] }[];

const tokenised = (contact: Contact): TokenisedContact =>
  searchFields.map((field) => ({ field, tokens: field.tokens(field.text(contact)) }));

/** The plain definition of a prefix match, contact by contact: what the index must agree with. */
function matchesByScan(fieldTokens: TokenisedContact, terms: readonly QueryTerm[]): boolean {
  return terms.every((term) =>
    fieldTokens.some(({ field, tokens }) => {
      const words = field.matches === 'words' ? term.words : term.digits;
      return tokens.some((token) => words.some((word) => token.startsWith(word)));
    }),
  );
}

describe('ContactSearchIndex against a linear scan', () => {
  it('finds exactly the contacts a scan finds, for short queries where no typo is looked for', async () => {
    const contacts = generateContacts(2_000, 3);
    const index = await ContactSearchIndex.build(contacts);
    const scanned = contacts.map(tokenised);
    const random = seededRandom(11);
    const words = contacts.slice(0, 200).flatMap((entry) => [entry.givenName, entry.familyName, entry.city]);
    const prefix = () => {
      const word = words[Math.floor(random() * words.length)]!;
      return word.slice(0, 1 + Math.floor(random() * 3));
    };
    const queries = [
      ...Array.from({ length: 40 }, prefix),
      ...Array.from({ length: 40 }, () => `${prefix()} ${prefix()}`),
      '+33 3 88 1',
      '88 4',
      'ex',
    ];
    // "Œd" folds to "oed", "Þór" to "thor": a few draws are long enough for typos, and are left out.
    const withoutTypos = queries.filter((query) => parseQuery(query).every((term) => term.maxTypos === 0));
    expect(withoutTypos.length).toBeGreaterThan(70);
    for (const query of withoutTypos) {
      const terms = parseQuery(query);
      const expected = contacts
        .filter((_, at) => matchesByScan(scanned[at]!, terms))
        .map((entry) => entry.id);
      const found = index.search(query, { limit: contacts.length });
      expect({ query, ids: [...found.ids].sort() }).toEqual({ query, ids: expected.sort() });
      expect(found.total).toBe(expected.length);
    }
  });
});
