import type { Contact } from '../../shared/schemas/contact';

/** What the directory needs from a full-text index of contacts. */
export interface ContactTextIndex {
  add(contact: Contact): void;
  update(contact: Contact): void;
  remove(id: string): void;
  /** Ids of the matching contacts, best first; `accept` narrows them and `total` counts all accepted. */
  search(
    query: string,
    options: { limit: number; offset?: number; accept?: (id: string) => boolean },
  ): {
    total: number;
    ids: string[];
  };
}

/** Builds the index over the current contacts without blocking the event loop for long. */
export type ContactTextIndexBuilder = (contacts: readonly Contact[]) => Promise<ContactTextIndex>;
