import type { ContactFields } from '../../shared/schemas/contact';
import { phoneKey } from '../contacts/duplicate-finder';
import { foldText } from '../search/fold';

/** Why two contacts are taken for the same person. */
export type DuplicateReason = 'email' | 'phone' | 'name-and-outlet';

/** Strongest first: an email address is personal, a phone may be a switchboard, names repeat. */
export const duplicateReasons: readonly DuplicateReason[] = ['email', 'phone', 'name-and-outlet'];

/** Fewer digits than this is an extension or a fragment, not a line two people would share by chance. */
const MIN_PHONE_DIGITS = 6;

/** An email as the directory's duplicate finder compares it: trimmed, without case. */
export function emailKey(address: string): string {
  return address.trim().toLocaleLowerCase();
}

/** Accent-, case- and space-insensitive text, as search compares it ("Müller" is "muller"). */
export function foldedKey(text: string): string {
  return foldText(text).replace(/\s+/g, ' ').trim();
}

/**
 * The keys under which a contact can be found again, each with its reason: every email, every phone
 * of six digits or more (digits only, a "(0)" trunk prefix dropped), and the name with the outlet.
 * The name needs an outlet to count: two "Anna Nowak"s at no known outlet are not enough to merge.
 * A newsdesk without a person's name is keyed by its outlet alone.
 */
export function duplicateKeysOf(fields: ContactFields): { key: string; reason: DuplicateReason }[] {
  const keys: { key: string; reason: DuplicateReason }[] = [];
  for (const { address } of fields.emails) keys.push({ key: `email:${emailKey(address)}`, reason: 'email' });
  for (const { number } of fields.phones) {
    const digits = phoneKey(number);
    if (digits.length >= MIN_PHONE_DIGITS) keys.push({ key: `phone:${digits}`, reason: 'phone' });
  }
  const outlet = foldedKey(fields.organisation);
  if (outlet !== '') {
    const name = foldedKey(`${fields.givenName} ${fields.familyName}`);
    keys.push({ key: `name:${name}\u0000${outlet}`, reason: 'name-and-outlet' });
  }
  return [...new Map(keys.map((entry) => [entry.key, entry])).values()];
}
