import { randomUUID } from 'node:crypto';
import { AppFailure } from '../../shared/result';
import {
  contactListSchema,
  type ContactList,
  type ContactListSummary,
} from '../../shared/schemas/contact-list';
import type { ContactListsFile } from '../store/documents';
import type { JsonDocument } from '../store/json-document';
import type { StoreEvents } from '../store/store-events';

function summary({ contactIds, ...list }: ContactList): ContactListSummary {
  return { ...list, size: contactIds.length };
}

/** Named distribution lists of contacts, in `contacts/lists.json`. */
export class ContactListsRepository {
  constructor(
    private readonly document: JsonDocument<ContactListsFile>,
    private readonly events: StoreEvents,
    private readonly clock: () => Date,
  ) {}

  /** Every list, in name order. */
  list(locale: string): ContactListSummary[] {
    const collator = new Intl.Collator(locale, { sensitivity: 'base', numeric: true });
    return this.document.data.lists.map(summary).sort((a, b) => collator.compare(a.name, b.name));
  }

  /** The members of the given lists, for filtering the directory. */
  membersOf(listIds: readonly string[]): Set<string> {
    const wanted = new Set(listIds);
    return new Set(
      this.document.data.lists.filter((list) => wanted.has(list.id)).flatMap((list) => list.contactIds),
    );
  }

  /** The ids of the lists a contact is on. */
  listsOf(contactId: string): string[] {
    return this.document.data.lists
      .filter((list) => list.contactIds.includes(contactId))
      .map((list) => list.id);
  }

  async create(name: string): Promise<ContactListSummary> {
    const now = this.clock().toISOString();
    const list = contactListSchema.parse({
      id: randomUUID(),
      name,
      contactIds: [],
      createdAt: now,
      updatedAt: now,
    });
    await this.document.update((file) => {
      file.lists.push(list);
    });
    this.events.emit('lists');
    return summary(list);
  }

  async rename(id: string, name: string): Promise<ContactListSummary> {
    return this.change(id, (list) => ({ ...list, name }));
  }

  async delete(id: string): Promise<void> {
    this.find(id);
    await this.document.update((file) => {
      file.lists = file.lists.filter((list) => list.id !== id);
    });
    this.events.emit('lists');
  }

  async add(id: string, contactIds: readonly string[]): Promise<ContactListSummary> {
    return this.change(id, (list) => ({
      ...list,
      contactIds: [...new Set([...list.contactIds, ...contactIds])],
    }));
  }

  async remove(id: string, contactIds: readonly string[]): Promise<ContactListSummary> {
    const leaving = new Set(contactIds);
    return this.change(id, (list) => ({
      ...list,
      contactIds: list.contactIds.filter((member) => !leaving.has(member)),
    }));
  }

  /** Takes a deleted contact off every list; returns the lists it was on, for undo. */
  async forget(contactId: string): Promise<string[]> {
    const listIds = this.listsOf(contactId);
    if (listIds.length === 0) return [];
    await this.document.update((file) => {
      for (const list of file.lists)
        list.contactIds = list.contactIds.filter((member) => member !== contactId);
    });
    this.events.emit('lists');
    return listIds;
  }

  /** Puts a restored contact back on the lists it was on, where they still exist. */
  async restoreMemberships(contactId: string, listIds: readonly string[]): Promise<void> {
    const wanted = new Set(listIds);
    if (!this.document.data.lists.some((list) => wanted.has(list.id))) return;
    await this.document.update((file) => {
      for (const list of file.lists) {
        if (wanted.has(list.id) && !list.contactIds.includes(contactId)) list.contactIds.push(contactId);
      }
    });
    this.events.emit('lists');
  }

  private find(id: string): ContactList {
    const list = this.document.data.lists.find((candidate) => candidate.id === id);
    if (!list) throw new AppFailure('NOT_FOUND', `No distribution list with id ${id}`);
    return list;
  }

  private async change(id: string, edit: (list: ContactList) => ContactList): Promise<ContactListSummary> {
    const next = contactListSchema.parse({ ...edit(this.find(id)), updatedAt: this.clock().toISOString() });
    await this.document.update((file) => {
      file.lists = file.lists.map((list) => (list.id === id ? next : list));
    });
    this.events.emit('lists');
    return summary(next);
  }

  whenIdle(): Promise<void> {
    return this.document.whenIdle();
  }
}
