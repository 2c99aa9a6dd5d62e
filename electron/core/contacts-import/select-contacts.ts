import { AppFailure } from '../../shared/result';
import type { Contact } from '../../shared/schemas/contact';
import { contactQuerySchema, type ContactQuery } from '../../shared/schemas/contact-query';
import type { NewsroomStore } from '../store/newsroom-store';
import { findContact } from './find-contact';

/**
 * Which contacts to export: all of them, the directory's current view (its text and filters), the
 * rows the person selected, or a distribution list.
 */
export type ContactSelection =
  | { kind: 'all' }
  | { kind: 'query'; query: Omit<ContactQuery, 'offset' | 'limit'> }
  | { kind: 'ids'; ids: readonly string[] }
  | { kind: 'list'; listId: string };

/** The contacts selected, and the list's name when a list was, for the file name. */
export interface SelectedContacts {
  contacts: Contact[];
  listName?: string;
}

/**
 * The contacts a selection names, in the order the person sees them: the directory's order for all
 * contacts and for a view, the given order for ids and lists. Ids of contacts deleted since are
 * passed over. NOT_FOUND for a list that does not exist. A view with text waits for the search index.
 */
export async function selectContacts(
  store: NewsroomStore,
  selection: ContactSelection,
  locale: string,
): Promise<SelectedContacts> {
  switch (selection.kind) {
    case 'all':
      return { contacts: await queryAll(store, {}, locale) };
    case 'query':
      return { contacts: await queryAll(store, selection.query, locale) };
    case 'ids':
      return { contacts: existing(store, selection.ids) };
    case 'list': {
      const list = store.contactLists.list(locale).find((candidate) => candidate.id === selection.listId);
      if (!list) throw new AppFailure('NOT_FOUND', `No distribution list with id ${selection.listId}`);
      return { contacts: existing(store, [...store.contactLists.membersOf([list.id])]), listName: list.name };
    }
  }
}

/** Every contact of a directory view: the repository's own query, with no window. */
async function queryAll(
  store: NewsroomStore,
  query: Omit<ContactQuery, 'offset' | 'limit'>,
  locale: string,
): Promise<Contact[]> {
  const parsed = contactQuerySchema.parse({ ...query, offset: 0, limit: 1 });
  if (parsed.text.trim() !== '') await store.contacts.whenIndexReady();
  return store.contacts.query({ ...parsed, limit: Number.MAX_SAFE_INTEGER }, locale).items;
}

function existing(store: NewsroomStore, ids: readonly string[]): Contact[] {
  return ids.flatMap((id) => findContact(store, id) ?? []);
}
