import type { Contact } from '@shared/schemas/contact';

/** "Given Family", or whichever part exists. */
export function contactName(contact: Pick<Contact, 'givenName' | 'familyName'>): string {
  return [contact.givenName, contact.familyName].filter(Boolean).join(' ');
}
