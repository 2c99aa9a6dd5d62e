import type { Contact } from '@shared/schemas/contact';

type Named = Pick<Contact, 'givenName' | 'familyName' | 'organisation'>;

/** "Given Family", or the organisation for a contact that is only an outlet's desk. */
export function contactName(contact: Named): string {
  return (
    [contact.givenName, contact.familyName].filter((part) => part.trim()).join(' ') || contact.organisation
  );
}

export function firstPhone(
  contact: Pick<Contact, 'phones'>,
  kind: Contact['phones'][number]['kind'],
): string | undefined {
  return contact.phones.find((phone) => phone.kind === kind)?.number;
}

export interface ContactBlockLabels {
  tel: string;
  mobile: string;
}

/**
 * The one-line block press officers paste into a release or an email:
 * "Name, Role, Outlet, tel. …, mobile …, email". Missing parts are left out.
 */
export function contactBlock(contact: Contact, labels: ContactBlockLabels): string {
  const tel = firstPhone(contact, 'tel');
  const mobile = firstPhone(contact, 'mobile');
  return [
    contactName(contact),
    contact.role,
    contact.organisation !== contactName(contact) ? contact.organisation : '',
    tel ? `${labels.tel} ${tel}` : '',
    mobile ? `${labels.mobile} ${mobile}` : '',
    contact.emails[0]?.address ?? '',
  ]
    .filter((part) => part.trim())
    .join(', ');
}
