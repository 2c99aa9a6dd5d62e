import type { ContactFields } from '../../shared/schemas/contact';
import { contactItemNames } from '../contacts-io/import-result';
import { phoneKey } from '../contacts/duplicate-finder';
import { emailKey, foldedKey } from './duplicate-keys';

/**
 * How each field is named in the notes of a merged contact ("Imported: role: Editor"). English, like
 * the rest of a contact's stored text: the notes are data, not interface.
 */
export const mergeFieldLabels = {
  givenName: 'given name',
  familyName: 'family name',
  role: 'role',
  organisation: 'organisation',
  country: 'country',
  city: 'city',
  website: 'website',
  source: 'source',
  notes: 'notes',
  pitchingPreferences: 'pitching preferences',
  address: 'address',
  consent: 'consent',
  lastVerified: 'last verified',
  ...contactItemNames,
  photo: 'photo',
} as const;

type TextField =
  'givenName' | 'familyName' | 'role' | 'organisation' | 'country' | 'city' | 'website' | 'source';

/** The one-line fields a merge compares: a different incoming value goes to the notes. */
export const mergedTextFields: readonly TextField[] = [
  'givenName',
  'familyName',
  'role',
  'organisation',
  'country',
  'city',
  'website',
  'source',
];
const longTextFields = ['notes', 'pitchingPreferences'] as const;

/** How the items of a list are told apart and written in a note, and how many it may hold. */
interface ListRule<T> {
  label: string;
  key: (item: T) => string;
  text: (item: T) => string;
  /** The schema's limit (contactFieldsSchema); what does not fit goes to the notes. */
  limit: number;
}

type Item<F extends keyof ContactFields> = ContactFields[F] extends readonly (infer T)[] ? T : never;

const plainItems = (label: string, limit: number, key: (item: string) => string): ListRule<string> => ({
  label,
  key,
  text: (item) => item,
  limit,
});

const emailRule: ListRule<Item<'emails'>> = {
  label: mergeFieldLabels.emails,
  key: (email) => emailKey(email.address),
  text: (email) => email.address,
  limit: 20,
};
const phoneRule: ListRule<Item<'phones'>> = {
  label: mergeFieldLabels.phones,
  // A number with no digits ("ask the desk") is compared as text.
  key: (phone) => phoneKey(phone.number) || foldedKey(phone.number),
  text: (phone) => phone.number,
  limit: 20,
};
const socialRule: ListRule<Item<'social'>> = {
  label: mergeFieldLabels.social,
  key: (profile) => `${foldedKey(profile.network)}\u0000${foldedKey(profile.handle).replace(/^@/, '')}`,
  text: (profile) => `${profile.network}: ${profile.handle}`,
  limit: 20,
};
const tagRule = plainItems(mergeFieldLabels.tags, 50, foldedKey);
const beatRule = plainItems(mergeFieldLabels.beats, 50, foldedKey);
const languageRule = plainItems(mergeFieldLabels.languages, 20, (language) => language.toLowerCase());

/**
 * Merges an imported record into an existing contact without losing anything either holds:
 * - empty fields of `existing` take the incoming value;
 * - a filled field is never overwritten by a different value (compared without case, accents or
 *   extra spaces, so "MÜLLER" is "Müller"): the incoming value is recorded in the notes as a line
 *   "Imported: <field>: <value>" instead;
 * - emails, phones, social profiles, tags, beats and languages gain the incoming items they lack,
 *   compared by normalised key (an email without case, a phone by its digits); items past a list's
 *   limit go to the notes too;
 * - do-not-contact is set if either says so.
 * A line already in the notes is not added again, so merging the same file twice changes nothing.
 * Pure: returns a new contact, with the id and timestamps of `existing`.
 */
export function mergeContact<T extends ContactFields>(existing: T, incoming: ContactFields): T {
  const merged: T = { ...existing };
  const conflicts: string[] = [];
  const conflict = (label: string, value: string) => conflicts.push(importedNoteLine(label, value));

  for (const field of mergedTextFields) {
    const value = incoming[field].trim();
    if (value === '' || foldedKey(value) === foldedKey(merged[field])) continue;
    if (merged[field].trim() === '') merged[field] = value;
    else conflict(mergeFieldLabels[field], value);
  }
  for (const field of longTextFields) {
    const value = incoming[field].trim();
    if (value === '' || merged[field].includes(value)) continue;
    if (merged[field].trim() === '') merged[field] = incoming[field];
    else conflict(mergeFieldLabels[field], value);
  }

  merged.emails = mergeList(merged.emails, incoming.emails, emailRule, conflict);
  merged.phones = mergeList(merged.phones, incoming.phones, phoneRule, conflict);
  merged.social = mergeList(merged.social, incoming.social, socialRule, conflict);
  merged.tags = mergeList(merged.tags, incoming.tags, tagRule, conflict);
  merged.beats = mergeList(merged.beats, incoming.beats, beatRule, conflict);
  merged.languages = mergeList(merged.languages, incoming.languages, languageRule, conflict);

  if (incoming.address && !sameAddress(merged.address, incoming.address)) {
    if (isBlankAddress(merged.address)) merged.address = incoming.address;
    else if (!isBlankAddress(incoming.address))
      conflict(mergeFieldLabels.address, addressText(incoming.address));
  }
  const incomingConsent = incoming.consent;
  if (incomingConsent.basis !== 'unknown' || incomingConsent.date !== null) {
    const current = merged.consent;
    if (current.basis === 'unknown' && current.date === null) merged.consent = incomingConsent;
    else if (current.basis !== incomingConsent.basis || current.date !== incomingConsent.date) {
      conflict(
        mergeFieldLabels.consent,
        [incomingConsent.basis, incomingConsent.date ?? ''].join(' ').trim(),
      );
    }
  }
  if (incoming.lastVerified !== null && incoming.lastVerified !== merged.lastVerified) {
    if (merged.lastVerified === null) merged.lastVerified = incoming.lastVerified;
    else conflict(mergeFieldLabels.lastVerified, incoming.lastVerified);
  }
  // Safer to hold back from someone one source says not to contact than to lose that wish.
  merged.doNotContact = merged.doNotContact || incoming.doNotContact;

  return withImportedNotes(merged, conflicts);
}

/** The note line that records an incoming value that could not be kept in its field. */
export function importedNoteLine(label: string, value: string): string {
  return `Imported: ${label}: ${value}`;
}

/** `fields` with `lines` added at the end of the notes, leaving out lines the notes already hold. */
export function withImportedNotes<T extends ContactFields>(fields: T, lines: readonly string[]): T {
  const added = [...new Set(lines)].filter((line) => !fields.notes.includes(line));
  if (added.length === 0) return fields;
  const notes = fields.notes.trimEnd();
  return { ...fields, notes: [...(notes === '' ? [] : [notes]), ...added].join('\n') };
}

function mergeList<T>(
  current: readonly T[],
  incoming: readonly T[],
  rule: ListRule<T>,
  conflict: (label: string, value: string) => void,
): T[] {
  const merged = [...current];
  const known = new Set(merged.map(rule.key));
  for (const item of incoming) {
    const key = rule.key(item);
    if (known.has(key)) continue;
    known.add(key);
    if (merged.length < rule.limit) merged.push(item);
    else conflict(rule.label, rule.text(item));
  }
  return merged;
}

type Address = NonNullable<ContactFields['address']>;
const addressParts = ['street', 'postalCode', 'city', 'region', 'country'] as const;

function isBlankAddress(address: ContactFields['address']): boolean {
  return !address || addressParts.every((part) => address[part].trim() === '');
}

function sameAddress(a: ContactFields['address'], b: Address): boolean {
  return !!a && addressParts.every((part) => foldedKey(a[part]) === foldedKey(b[part]));
}

function addressText(address: Address): string {
  return addressParts
    .map((part) => address[part].trim())
    .filter((part) => part !== '')
    .join(', ');
}
