import type { Contact } from '../../shared/schemas/contact';

/** "Inès Benali", or the organisation for a newsdesk entered without a person's name. */
export function contactName(contact: Contact): string {
  return [contact.givenName, contact.familyName].filter(Boolean).join(' ') || contact.organisation;
}

/** The first email address, or an empty cell. */
export function firstEmail(contact: Contact): string {
  return contact.emails[0]?.address ?? '';
}

/** The first phone number, or an empty cell. */
export function firstPhone(contact: Contact): string {
  return contact.phones[0]?.number ?? '';
}
