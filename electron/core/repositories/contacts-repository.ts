import { randomUUID } from 'node:crypto';
import { AppFailure } from '../../shared/result';
import {
  blankContactFields,
  contactSchema,
  newContactInputSchema,
  type Contact,
  type NewContactInput,
} from '../../shared/schemas/contact';
import type { ContactShardFile } from '../store/documents';
import type { JsonDocument } from '../store/json-document';
import { contactShardOf } from '../store/layout';
import type { StoreEvents } from '../store/store-events';

export interface ContactPageQuery {
  offset: number;
  limit: number;
  /** BCP 47 locale whose collation orders the names. */
  locale: string;
}

/**
 * The media-contact directory. Contacts are held in memory and stored in shards chosen by id, so
 * saving one contact rewrites one small file.
 */
export class ContactsRepository {
  readonly #byId = new Map<string, Contact>();
  #sorted: { locale: string; contacts: Contact[] } | null = null;

  constructor(
    private readonly shards: readonly JsonDocument<ContactShardFile>[],
    private readonly events: StoreEvents,
    private readonly clock: () => Date,
  ) {
    for (const shard of shards) {
      for (const contact of shard.data.contacts) {
        if (!this.#byId.has(contact.id)) this.#byId.set(contact.id, contact);
      }
    }
  }

  get count(): number {
    return this.#byId.size;
  }

  get(id: string): Contact {
    const contact = this.#byId.get(id);
    if (!contact) throw new AppFailure('NOT_FOUND', `No contact with id ${id}`);
    return contact;
  }

  /** One page of the directory in name order (family name, then given name). */
  page({ offset, limit, locale }: ContactPageQuery): { total: number; offset: number; items: Contact[] } {
    const sorted = this.sortedFor(locale);
    return { total: sorted.length, offset, items: sorted.slice(offset, offset + limit) };
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
    await this.writeToShard(contact);
    return contact;
  }

  /** Saves an edited contact, stamping the time of the change. */
  async update(edited: Contact): Promise<Contact> {
    this.get(edited.id);
    const contact = contactSchema.parse({ ...edited, updatedAt: this.clock().toISOString() });
    await this.writeToShard(contact);
    return contact;
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
          for (const contact of added) this.#byId.set(contact.id, contact);
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
      this.#byId.set(contact.id, contact);
    });
    this.changed();
  }

  private shardDocument(shard: number): JsonDocument<ContactShardFile> {
    const document = this.shards[shard];
    if (!document) throw new Error(`No contact shard ${shard}`);
    return document;
  }

  private changed(): void {
    this.#sorted = null;
    this.events.emit('contacts');
  }

  private sortedFor(locale: string): Contact[] {
    if (this.#sorted?.locale === locale) return this.#sorted.contacts;
    const collator = new Intl.Collator(locale, { sensitivity: 'base', numeric: true });
    const contacts = [...this.#byId.values()].sort(
      (a, b) => collator.compare(a.familyName, b.familyName) || collator.compare(a.givenName, b.givenName),
    );
    this.#sorted = { locale, contacts };
    return contacts;
  }

  /** Resolves when every contact write asked so far has finished. */
  async whenIdle(): Promise<void> {
    await Promise.all(this.shards.map((shard) => shard.whenIdle()));
  }
}
