import type { Contact } from '../../shared/schemas/contact';

/**
 * The digits of a phone number that identify it: "+33 (0)3 88 41 25 60" and "+33 3 88 41 25 60"
 * are the same line, so the "(0)" trunk prefix written after a country code is dropped.
 */
export function phoneKey(number: string): string {
  return number.replace(/\(0\)/g, '').replace(/\D/g, '');
}

function emailKey(address: string): string {
  return address.trim().toLocaleLowerCase();
}

/** Finds existing contacts that share an email address or a phone number with a new one. */
export class DuplicateFinder {
  readonly #byEmail = new Map<string, Set<string>>();
  readonly #byPhone = new Map<string, Set<string>>();

  add(contact: Contact): void {
    for (const email of contact.emails) link(this.#byEmail, emailKey(email.address), contact.id);
    for (const phone of contact.phones) {
      const key = phoneKey(phone.number);
      if (key.length >= 6) link(this.#byPhone, key, contact.id);
    }
  }

  remove(contact: Contact): void {
    for (const email of contact.emails) this.#byEmail.get(emailKey(email.address))?.delete(contact.id);
    for (const phone of contact.phones) this.#byPhone.get(phoneKey(phone.number))?.delete(contact.id);
  }

  /** Ids of contacts with one of these emails or phone numbers, except `excludeId`. */
  find(emails: readonly string[], phones: readonly string[], excludeId?: string): string[] {
    const found = new Set<string>();
    for (const email of emails) for (const id of this.#byEmail.get(emailKey(email)) ?? []) found.add(id);
    for (const phone of phones) for (const id of this.#byPhone.get(phoneKey(phone)) ?? []) found.add(id);
    if (excludeId) found.delete(excludeId);
    return [...found];
  }
}

function link(index: Map<string, Set<string>>, key: string, id: string): void {
  if (!key) return;
  const ids = index.get(key) ?? new Set<string>();
  ids.add(id);
  index.set(key, ids);
}
