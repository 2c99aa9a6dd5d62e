import { randomUUID } from 'node:crypto';
import { setImmediate as nextTurn } from 'node:timers/promises';
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
import { deferred } from '../store/deferred';
import type { ContactShardFile } from '../store/documents';
import type { JsonDocument } from '../store/json-document';
import { contactShardOf } from '../store/layout';
import type { StoreEvents } from '../store/store-events';
import type { ContactListsRepository } from './contact-lists-repository';

type IndexChange = { kind: 'upsert'; contact: Contact } | { kind: 'remove'; id: string };

/** Many contacts changed at once and written all-or-nothing by the caller: an import or its undo. */
export interface ContactBatch {
  /** Contacts to add, or to put in place of the stored ones with the same ids. */
  upsert: readonly Contact[];
  /** Ids of contacts to take out. */
  remove: readonly string[];
}

/**
 * When a batch rebuilds the search index rather than updating it contact by contact. Measured on
 * 100,000 contacts, a rebuild costs about 23 µs a contact, in slices that leave the event loop free,
 * and an update 200 µs, all in one go: past an eighth of the directory a rebuild is cheaper, and past
 * a thousand changes the updates would hold the event loop for more than 200 ms.
 */
const REBUILD_INDEX_SHARE = 1 / 8;
const MAX_INDEX_UPDATES = 1_000;

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
  #indexBuilder: ContactTextIndexBuilder | null = null;
  #indexBuilt: Promise<void> = Promise.resolve();
  /** Counts builds, so that a build overtaken by a newer one (after a large batch) is dropped. */
  #indexGeneration = 0;
  /** Settles when the running batch is done; null when none runs. See {@link exclusively}. */
  #batch: Promise<void> | null = null;

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
  buildIndex(build: ContactTextIndexBuilder): Promise<void> {
    this.#indexBuilder = build;
    this.#index = null;
    this.#pendingIndexChanges = [];
    this.#indexBuilt = this.buildIndexNow(build, ++this.#indexGeneration);
    return this.#indexBuilt;
  }

  /** Settles when the search index is ready, including a rebuild that a large batch started. */
  whenIndexReady(): Promise<void> {
    return this.#indexBuilt;
  }

  private async buildIndexNow(build: ContactTextIndexBuilder, generation: number): Promise<void> {
    const index = await build([...this.#byId.values()]);
    // A large batch started a newer build while this one ran: that one becomes the index.
    if (generation !== this.#indexGeneration) return this.#indexBuilt;
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
    await this.batchFinished();
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
    await this.batchFinished();
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

  /**
   * Runs `work` (an import or its undo) with the shards to itself: it starts once every write asked
   * before it is on disk, and contact writes asked meanwhile wait until it is done. A batch computes
   * whole shard files from memory and swaps them in on disk, so a write landing in between would be
   * lost on disk or, if it reached the disk after the swap, would put back the shard as it was.
   */
  async exclusively<T>(work: () => Promise<T>): Promise<T> {
    while (this.#batch) await this.#batch;
    const done = deferred();
    this.#batch = done.promise;
    try {
      // A write that checked the gate just before it closed changes memory on a microtask: let it,
      // then wait for its file to be written.
      await nextTurn();
      await this.whenIdle();
      return await work();
    } finally {
      this.#batch = null;
      done.resolve();
    }
  }

  /**
   * The contacts each shard touched by `batch` holds once it is made, in stored order (changed
   * contacts in place, new ones at the end), for the caller to write all-or-nothing before
   * {@link adoptShards}. Throws READ_ONLY when one of those shards is from a newer version.
   */
  nextShardContents(batch: ContactBatch): Map<number, Contact[]> {
    const removed = new Set(batch.remove);
    const upsertsByShard = new Map<number, Map<string, Contact>>();
    for (const contact of batch.upsert) {
      const shard = contactShardOf(contact.id);
      upsertsByShard.set(
        shard,
        (upsertsByShard.get(shard) ?? new Map<string, Contact>()).set(contact.id, contact),
      );
    }
    const touched = new Set([...upsertsByShard.keys(), ...[...removed].map(contactShardOf)]);
    const next = new Map<number, Contact[]>();
    for (const shard of touched) {
      const document = this.shardDocument(shard);
      if (document.readOnly) {
        throw new AppFailure('READ_ONLY', `${document.path} was written by a newer version of Newsroom`);
      }
      const upserts = new Map(upsertsByShard.get(shard));
      const kept = document.data.contacts.filter((contact) => !removed.has(contact.id));
      const changed = kept.map((contact) => {
        const replacement = upserts.get(contact.id);
        upserts.delete(contact.id);
        return replacement ?? contact;
      });
      next.set(shard, [...changed, ...upserts.values()]);
    }
    return next;
  }

  /**
   * Takes in shards that the caller has already written to disk (see {@link nextShardContents}): their
   * data, the lookup, the duplicate finder and the search index follow. A large batch rebuilds the
   * index in the background ({@link whenIndexReady}) rather than updating it contact by contact.
   *
   * Each shard document's contacts are replaced in memory only, in place: the bytes are already on
   * disk, JsonDocument has no method for content its file received another way, and writing them
   * again through `replace` would double the cost of a large import (1.2 s and 150 MB of writes for
   * 100,000 contacts). Memory and disk end up equal, which is what `update` exists to guarantee.
   */
  adoptShards(next: ReadonlyMap<number, readonly Contact[]>): void {
    const changes: IndexChange[] = [];
    for (const [shard, contacts] of next) {
      const after = new Map(contacts.map((contact) => [contact.id, contact]));
      for (const before of this.shardDocument(shard).data.contacts) {
        if (!after.has(before.id)) changes.push({ kind: 'remove', id: before.id });
        else if (after.get(before.id) === before) after.delete(before.id);
      }
      for (const contact of after.values()) changes.push({ kind: 'upsert', contact });
    }
    const rebuild =
      this.#indexBuilder !== null &&
      (changes.length > MAX_INDEX_UPDATES || changes.length >= this.#byId.size * REBUILD_INDEX_SHARE);
    for (const change of changes) {
      const removed = change.kind === 'remove' ? this.#byId.get(change.id) : undefined;
      if (change.kind === 'upsert') this.link(change.contact);
      else if (removed) this.unlink(removed);
      if (!rebuild) this.changeIndex(change);
    }
    for (const [shard, contacts] of next) {
      const stored = this.shardDocument(shard).data.contacts;
      stored.length = 0;
      for (const contact of contacts) stored.push(contact);
    }
    if (rebuild && this.#indexBuilder) void this.buildIndex(this.#indexBuilder);
    this.changed();
  }

  /** Resolves once no batch holds the shards. */
  private async batchFinished(): Promise<void> {
    while (this.#batch) await this.#batch;
  }

  private async writeToShard(contact: Contact): Promise<void> {
    await this.batchFinished();
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
    this.link(contact);
    this.changeIndex({ kind: 'upsert', contact });
  }

  private forget(contact: Contact): void {
    this.unlink(contact);
    this.changeIndex({ kind: 'remove', id: contact.id });
  }

  /** Puts a contact in the lookup and the duplicate finder; the search index is the caller's. */
  private link(contact: Contact): void {
    const previous = this.#byId.get(contact.id);
    if (previous) this.#duplicates.remove(previous);
    this.#byId.set(contact.id, contact);
    this.#duplicates.add(contact);
  }

  private unlink(contact: Contact): void {
    this.#byId.delete(contact.id);
    this.#duplicates.remove(contact);
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
