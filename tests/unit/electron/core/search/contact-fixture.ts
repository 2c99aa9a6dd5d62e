import { blankContactFields, type Contact } from '../../../../../electron/shared/schemas/contact';

let counter = 0;

/** A contact with the given fields and a fresh, predictable id (ids order like their creation). */
export function contact(fields: Partial<Contact> = {}): Contact {
  counter += 1;
  return {
    ...blankContactFields(),
    id: `00000000-0000-4000-8000-${String(counter).padStart(12, '0')}`,
    createdAt: '2026-11-01T09:00:00.000Z',
    updatedAt: '2026-11-01T09:00:00.000Z',
    ...fields,
  };
}

/** A contact with one work phone number. */
export function withPhone(number: string, fields: Partial<Contact> = {}): Contact {
  return contact({ phones: [{ number, kind: 'tel' }], ...fields });
}
