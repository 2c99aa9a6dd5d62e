import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { emailKey, foldedKey } from '../../../../../electron/core/contacts-import/duplicate-keys';
import {
  mergeContact,
  mergedTextFields,
  mergeFieldLabels,
} from '../../../../../electron/core/contacts-import/merge-contact';
import { phoneKey } from '../../../../../electron/core/contacts/duplicate-finder';
import {
  blankContactFields,
  type Contact,
  type ContactFields,
} from '../../../../../electron/shared/schemas/contact';
import { contactFields } from '../contacts-io/support/contact-arbitrary';
import { mullerFields } from './support/import-scenario';

const existing: Contact = {
  ...blankContactFields(),
  id: '5b1c3c1e-7f0a-4d8e-9c55-0a1b2c3d4e5f',
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-02T00:00:00.000Z',
  ...mullerFields,
  tags: ['press'],
  notes: 'Met at the port conference.',
};
const incoming = (fields: Partial<ContactFields>): ContactFields => ({ ...blankContactFields(), ...fields });

describe('merging an imported record into a contact', () => {
  it('fills empty fields and keeps filled ones, noting what differs', () => {
    const merged = mergeContact(
      existing,
      incoming({
        givenName: 'JURGEN',
        role: 'Chefredakteur',
        city: 'Hamburg',
        website: 'https://blatt.example',
      }),
    );
    expect(merged).toMatchObject({
      givenName: 'Jürgen',
      role: 'Redakteur',
      city: 'Hamburg',
      website: 'https://blatt.example',
    });
    expect(merged.notes).toBe('Met at the port conference.\nImported: role: Chefredakteur');
  });

  it('adds emails, phones, tags and profiles it lacks, comparing them by normalised key', () => {
    const merged = mergeContact(
      existing,
      incoming({
        emails: [
          { address: 'JM@Example.de', label: 'home' },
          { address: 'juergen@example.de', label: 'home' },
        ],
        phones: [
          { number: '+49 40 1234 5678', kind: 'mobile' },
          { number: '+49 170 000 0000', kind: 'mobile' },
        ],
        tags: ['Press', 'shipping'],
        social: [{ network: 'Mastodon', handle: '@jm@example.social' }],
      }),
    );
    expect(merged.emails).toEqual([
      { address: 'jm@example.de', label: 'work' },
      { address: 'juergen@example.de', label: 'home' },
    ]);
    expect(merged.phones.map((phone) => phone.number)).toEqual(['+49 (0)40 1234 5678', '+49 170 000 0000']);
    expect(merged.tags).toEqual(['press', 'shipping']);
    expect(merged.social).toEqual([{ network: 'Mastodon', handle: '@jm@example.social' }]);
    expect(merged.notes).toBe(existing.notes);
  });

  it('puts items past a list limit in the notes rather than dropping them', () => {
    const full = { ...existing, languages: Array.from({ length: 20 }, (_, index) => `l${index}`) };
    const merged = mergeContact(full, incoming({ languages: ['fr'] }));
    expect(merged.languages).toHaveLength(20);
    expect(merged.notes).toContain('Imported: language: fr');
  });

  it('takes an address when there is none, and notes a different one', () => {
    const address = {
      street: '1 Hafenstraße',
      postalCode: '20457',
      city: 'Hamburg',
      region: '',
      country: 'Germany',
    };
    const withAddress = mergeContact(existing, incoming({ address }));
    expect(withAddress.address).toEqual(address);
    const other = mergeContact(withAddress, incoming({ address: { ...address, street: '2 Elbchaussee' } }));
    expect(other.address).toEqual(address);
    expect(other.notes).toContain('Imported: address: 2 Elbchaussee, 20457, Hamburg, Germany');
  });

  it('keeps a do-not-contact from either side, and notes a different consent or verification date', () => {
    const dated = {
      ...existing,
      consent: { basis: 'consent' as const, date: '2025-01-01' },
      lastVerified: '2025-02-01',
    };
    const merged = mergeContact(
      dated,
      incoming({
        doNotContact: true,
        consent: { basis: 'contract', date: null },
        lastVerified: '2026-03-01',
      }),
    );
    expect(merged).toMatchObject({ doNotContact: true, consent: dated.consent, lastVerified: '2025-02-01' });
    expect(merged.notes).toContain('Imported: consent: contract');
    expect(merged.notes).toContain('Imported: last verified: 2026-03-01');
  });

  it('changes nothing the second time the same record is merged, and leaves its inputs alone', () => {
    const record = incoming({
      role: 'Chefredakteur',
      emails: [{ address: 'new@example.de', label: 'home' }],
    });
    const before = structuredClone(existing);
    const once = mergeContact(existing, record);
    expect(mergeContact(once, record)).toEqual(once);
    expect(existing).toEqual(before);
    expect(once).toMatchObject({
      id: existing.id,
      createdAt: existing.createdAt,
      updatedAt: existing.updatedAt,
    });
  });
});

/** Whether `value` of `label` is in the merged contact: as a field value (compared as merging does) or as a note. */
const notedIn = (merged: ContactFields, label: string, value: string) =>
  merged.notes.includes(`Imported: ${label}: ${value}`);

/** The items of `incoming` found in neither `merged` (by the key merging compares them by) nor its notes. */
function lostItems<T>(
  label: string,
  incoming: readonly T[],
  merged: ContactFields,
  mergedItems: readonly T[],
  keyOf: (item: T) => string,
  textOf: (item: T) => string,
): string[] {
  const keys = new Set(mergedItems.map(keyOf));
  return incoming
    .filter((item) => !keys.has(keyOf(item)) && !notedIn(merged, label, textOf(item)))
    .map((item) => `${label}: ${textOf(item)}`);
}

const same = (item: string) => item;

function lostValues(existing: ContactFields, incoming: ContactFields, merged: ContactFields): string[] {
  const lost: string[] = [];
  for (const field of mergedTextFields) {
    const value = incoming[field].trim();
    const kept =
      foldedKey(merged[field]) === foldedKey(value) || notedIn(merged, mergeFieldLabels[field], value);
    if (value !== '' && !kept) lost.push(`${field}: ${value}`);
  }
  for (const field of ['notes', 'pitchingPreferences'] as const) {
    const value = incoming[field].trim();
    const kept = merged[field].includes(value) || notedIn(merged, mergeFieldLabels[field], value);
    if (value !== '' && !kept) lost.push(`${field}: ${value}`);
  }
  lost.push(
    ...lostItems(
      'email',
      incoming.emails,
      merged,
      merged.emails,
      (e) => emailKey(e.address),
      (e) => e.address,
    ),
    ...lostItems(
      'phone',
      incoming.phones,
      merged,
      merged.phones,
      (p) => phoneKey(p.number) || foldedKey(p.number),
      (p) => p.number,
    ),
    ...lostItems(
      'social profile',
      incoming.social,
      merged,
      merged.social,
      (s) => `${foldedKey(s.network)}\u0000${foldedKey(s.handle).replace(/^@/, '')}`,
      (s) => `${s.network}: ${s.handle}`,
    ),
    ...lostItems('tag', incoming.tags, merged, merged.tags, foldedKey, same),
    ...lostItems('beat', incoming.beats, merged, merged.beats, foldedKey, same),
    ...lostItems('language', incoming.languages, merged, merged.languages, (l) => l.toLowerCase(), same),
  );
  if (incoming.doNotContact && !merged.doNotContact) lost.push('doNotContact');
  const address = incoming.address;
  if (address && Object.values(address).some((part) => part.trim() !== '')) {
    const parts = ['street', 'postalCode', 'city', 'region', 'country'] as const;
    const kept = parts.every((part) => foldedKey(merged.address?.[part] ?? '') === foldedKey(address[part]));
    if (!kept && !merged.notes.includes('Imported: address: ')) lost.push('address');
  }
  const consent = incoming.consent;
  if (
    (consent.basis !== 'unknown' || consent.date !== null) &&
    JSON.stringify(merged.consent) !== JSON.stringify(consent)
  ) {
    if (!notedIn(merged, 'consent', [consent.basis, consent.date ?? ''].join(' ').trim()))
      lost.push('consent');
  }
  if (incoming.lastVerified && merged.lastVerified !== incoming.lastVerified) {
    if (!notedIn(merged, 'last verified', incoming.lastVerified)) lost.push('lastVerified');
  }
  // And nothing the contact had is lost either: filled fields stay, lists only grow.
  for (const field of mergedTextFields)
    if (existing[field].trim() !== '' && merged[field] !== existing[field]) lost.push(`existing ${field}`);
  if (!merged.notes.startsWith(existing.notes.trimEnd())) lost.push('existing notes');
  for (const field of ['emails', 'phones', 'social', 'tags', 'beats', 'languages'] as const) {
    if (JSON.stringify(merged[field].slice(0, existing[field].length)) !== JSON.stringify(existing[field])) {
      lost.push(`existing ${field}`);
    }
  }
  return lost;
}

describe('merging loses nothing', () => {
  it('keeps every non-empty incoming value as a field value or in the notes, and every existing value', () => {
    fc.assert(
      fc.property(contactFields(), contactFields(), (existingFields, incomingFields) => {
        const merged = mergeContact(existingFields, incomingFields);
        expect(lostValues(existingFields, incomingFields, merged)).toEqual([]);
      }),
      { numRuns: 1_000 },
    );
  });

  it('keeps everything when the record shares most of its values with the contact', () => {
    // Random pairs rarely share a value; sharing exercises the "already there" paths.
    const overlapping = fc
      .tuple(contactFields(), contactFields())
      .map(([a, b]): [ContactFields, ContactFields] => [
        a,
        {
          ...b,
          emails: [...a.emails, ...b.emails].slice(0, 20),
          tags: [...a.tags, ...b.tags],
          givenName: a.givenName.toUpperCase(),
        },
      ]);
    fc.assert(
      fc.property(overlapping, ([existingFields, incomingFields]) => {
        expect(
          lostValues(existingFields, incomingFields, mergeContact(existingFields, incomingFields)),
        ).toEqual([]);
      }),
      { numRuns: 500 },
    );
  });
});
