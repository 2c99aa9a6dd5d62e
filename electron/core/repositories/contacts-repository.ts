import { randomUUID } from 'node:crypto';
import { AppFailure } from '../../shared/result';
import {
  blankContactFields,
  contactSchema,
  hasIdentity,
  newContactInputSchema,
  type Contact,
  type ContactUpdate,
  type NewContactInput,
} from '../../shared/schemas/contact';
import type {
  ContactFacets,
  ContactQueryResult,
  ParsedContactQuery,
} from '../../shared/schemas/contact-query';
import { computeFacets } from '../contacts/directory-facets';
import { buildContactFilter } from '../contacts/directory-filter';
import { DirectoryOrder } from '../contacts/directory-order';
import { DuplicateFinder } from '../contacts/duplicate-finder';
import type { ContactTextIndex, ContactTextIndexBuilder } from '../contacts/contact-text-index';
import type { ContactShardFile } from '../store/documents';
import type { JsonDocument } from '../store/json-document';
import { contactShardOf } from '../store/layout';
import type { StoreEvents } from '../store/store-events';
import type { ContactListsRepository } from './contact-lists-repository';

type IndexChange = { kind: 'upsert'; contact: Contact } | { kind: 'remove'; id: string };

/**
 * The media-contact directory. Contacts are held in memory, stored in shards chosen by id (so saving
 * one contact rewrites one small file), and found through a text index kept up to date on every
 * change, never rebuilt per query.
 */
export class ContactsRepository {
  readonly #byId = new Map<string, Contact>();
  readonly #order = new DirectoryOrder();
  readonly #duplicates = new DuplicateFinder();
  #facets: { locale: string; facets: ContactFacets } | null = null;
  #index: ContactTextIndex | null = null;
  /** Changes made while the index was being built, replayed once it is ready. */
  #pendingIndexChanges: IndexChange[] = [];

  constructor(
    private readonly shards: readonly JsonDocument<ContactShardFile>[],
    private readonly lists: ContactListsRepository,
    private readonly events: StoreEvents,
    private readonly clock: () => Date,
  ) {
    for (const shard of shards) {
      for (const contact of shard.data.contacts) {
        if (this.#byId.has(contact.id)) continue;
        this.#byId.set(contact.id, contact);
        this.#duplicates.add(contact);
      }
    }
  }

  /** Builds the text index in the background; queries with text wait for nothing and say it is not ready. */
  async buildIndex(build: ContactTextIndexBuilder): Promise<void> {
    const index = await build([...this.#byId.values()]);
    for (const change of this.#pendingIndexChanges) {
      if (change.kind === 'upsert') index.update(change.contact);
      else index.remove(change.id);
    }
    this.#pendingIndexChanges = [];
    this.#index = index;
    // Searches answered "not ready" while it was building: tell the views to ask again.
    this.events.emit('contacts');
  }

  get indexReady(): boolean {
    return this.#index !== null;
  }

  get count(): number {
    return this.#byId.size;
  }

  /** Every contact, in no particular order. */
  all(): IterableIterator<Contact> {
    return this.#byId.values();
  }

  get(id: string): Contact {
    const contact = this.#byId.get(id);
    if (!contact) throw new AppFailure('NOT_FOUND', `No contact with id ${id}`);
    return contact;
  }

  /**
   * One window of the directory: what matches the text and the filters, in the chosen order.
   * With text and no column chosen, the best matches come first.
   */
  query({ text, filters, sort, offset, limit }: ParsedContactQuery, locale: string): ContactQueryResult {
    const accept = buildContactFilter(
      filters,
      (id) => this.#byId.get(id),
      (listIds) => this.lists.membersOf(listIds),
    );
    const words = text.trim();
    const all = () => this.#byId.values();
    let ids: string[];
    if (words) {
      if (!this.#index) return { total: 0, offset, items: [], indexReady: false };
      if (sort.column === 'relevance' && sort.direction === 'asc') {
        const found = this.#index.search(words, { limit, offset, accept });
        return { total: found.total, offset, items: found.ids.map((id) => this.get(id)), indexReady: true };
      }
      const found = this.#index.search(words, { limit: Number.MAX_SAFE_INTEGER, accept }).ids;
      ids = sort.column === 'relevance' ? found : this.#order.sortSubset(found, sort.column, locale, all);
    } else {
      const column = sort.column === 'relevance' ? 'name' : sort.column;
      const ordered = this.#order.ids(column, locale, all);
      ids = accept ? ordered.filter(accept) : ordered;
    }
    if (sort.direction === 'desc') ids = [...ids].reverse();
    return {
      total: ids.length,
      offset,
      items: ids.slice(offset, offset + limit).map((id) => this.get(id)),
      indexReady: this.indexReady,
    };
  }

  /** The values the directory can be filtered by, with their counts. */
  facets(locale: string): ContactFacets {
    if (this.#facets?.locale !== locale)
      this.#facets = { locale, facets: computeFacets(this.#byId.values(), locale) };
    return this.#facets.facets;
  }

  /** Contacts that already have one of these emails or phone numbers. */
  findDuplicates(emails: readonly string[], phones: readonly string[], excludeId?: string): Contact[] {
    return this.#duplicates.find(emails, phones, excludeId).map((id) => this.get(id));
  }

  async create(input: NewContactInput): Promise<Contact> {
    const now = this.clock().toISOString();
    const fields = newContactInputSchema.parse(input);
    const contact = contactSchema.parse({
      ...blankContactFields(),
      ...fields,
      id: randomUUID(),
      createdAt: now,
      updatedAt: now,
    });
    assertIdentity(contact);
    await this.writeToShard(contact);
    return contact;
  }

  /** Saves an edited contact, keeping its creation time and stamping the change. */
  async update(edited: ContactUpdate): Promise<Contact> {
    const existing = this.get(edited.id);
    const contact = contactSchema.parse({
      ...edited,
      createdAt: existing.createdAt,
      updatedAt: this.clock().toISOString(),
    });
    assertIdentity(contact);
    await this.writeToShard(contact);
    return contact;
  }

  /** Deletes a contact and takes it off every list; returns both, so that the deletion can be undone. */
  async delete(id: string): Promise<{ contact: Contact; listIds: string[] }> {
    const contact = this.get(id);
    const listIds = await this.lists.forget(id);
    await this.shardDocument(contactShardOf(id)).update((file) => {
      file.contacts = file.contacts.filter((entry) => entry.id !== id);
      this.forget(contact);
    });
    this.changed();
    return { contact, listIds };
  }

  /** Undoes a deletion: the contact comes back as it was, on the lists that still exist. */
  async restore(contact: Contact, listIds: readonly string[]): Promise<Contact> {
    await this.insert([contact]);
    await this.lists.restoreMemberships(contact.id, listIds);
    return this.get(contact.id);
  }

  /** Adds contacts made elsewhere (first-run sample, imports), writing each shard once. */
  async insert(contacts: readonly Contact[]): Promise<void> {
    const byShard = new Map<number, Contact[]>();
    for (const candidate of contacts) {
      const contact = contactSchema.parse(candidate);
      const shard = contactShardOf(contact.id);
      byShard.set(shard, [...(byShard.get(shard) ?? []), contact]);
    }
    await Promise.all(
      [...byShard].map(([shard, added]) =>
        this.shardDocument(shard).update((file) => {
          const ids = new Set(added.map((contact) => contact.id));
          file.contacts = [...file.contacts.filter((contact) => !ids.has(contact.id)), ...added];
          for (const contact of added) this.remember(contact);
        }),
      ),
    );
    this.changed();
  }

  private async writeToShard(contact: Contact): Promise<void> {
    await this.shardDocument(contactShardOf(contact.id)).update((file) => {
      const position = file.contacts.findIndex((entry) => entry.id === contact.id);
      if (position === -1) file.contacts.push(contact);
      else file.contacts[position] = contact;
      // In step with the shard's memory, which keeps the change even if the write fails.
      this.remember(contact);
    });
    this.changed();
  }

  private remember(contact: Contact): void {
    const previous = this.#byId.get(contact.id);
    if (previous) this.#duplicates.remove(previous);
    this.#byId.set(contact.id, contact);
    this.#duplicates.add(contact);
    this.changeIndex({ kind: 'upsert', contact });
  }

  private forget(contact: Contact): void {
    this.#byId.delete(contact.id);
    this.#duplicates.remove(contact);
    this.changeIndex({ kind: 'remove', id: contact.id });
  }

  private changeIndex(change: IndexChange): void {
    if (!this.#index) {
      this.#pendingIndexChanges.push(change);
      return;
    }
    if (change.kind === 'upsert') this.#index.update(change.contact);
    else this.#index.remove(change.id);
  }

  private shardDocument(shard: number): JsonDocument<ContactShardFile> {
    const document = this.shards[shard];
    if (!document) throw new Error(`No contact shard ${shard}`);
    return document;
  }

  private changed(): void {
    this.#order.invalidate();
    this.#facets = null;
    this.events.emit('contacts');
  }

  /** Resolves when every contact write asked so far has finished. */
  async whenIdle(): Promise<void> {
    await Promise.all(this.shards.map((shard) => shard.whenIdle()));
  }
}

function assertIdentity(contact: Contact): void {
  if (!hasIdentity(contact)) {
    throw new AppFailure('INVALID_INPUT', 'A contact needs a given name, a family name or an organisation');
  }
}
