import type { Contact } from '../../../shared/schemas/contact';
import { escapeText, foldLine, formatParamValue } from './vcard-format';
import { newsroomProperty } from './vcard-newsroom';

/** The vCard versions we write. 2.1 is read but never written: nothing current needs it. */
export type VCardExportVersion = '3.0' | '4.0';

/** Options of {@link writeVCards}. */
export interface VCardExportOptions {
  /** 4.0 unless told otherwise; 3.0 for older address books (macOS before Ventura, Outlook). */
  version?: VCardExportVersion;
}

const PRODID = '-//Newsroom//Newsroom contacts//EN';

type PhoneKind = Contact['phones'][number]['kind'];

/** TYPE values per phone kind, as RFC 6350 spells them (3.0 writers upper-case them). */
const phoneTypes: Readonly<Record<PhoneKind, string>> = {
  tel: 'work,voice',
  mobile: 'cell',
  fax: 'work,fax',
};

/**
 * Writes contacts as one vCard file: UTF-8 text (write it without a byte-order mark), CRLF line
 * endings, lines folded at 75 octets. Each card has a UID made from the contact's id, so that
 * re-exporting the same contact gives the same card. Fields that vCard has no property for travel in
 * X-NEWSROOM-* properties (see vcard-newsroom.ts).
 */
export function writeVCards(contacts: readonly Contact[], options: VCardExportOptions = {}): string {
  const version = options.version ?? '4.0';
  return contacts.map((contact) => `${cardLines(contact, version).map(foldLine).join('\r\n')}\r\n`).join('');
}

function cardLines(contact: Contact, version: VCardExportVersion): string[] {
  const v3 = version === '3.0';
  const text = (value: string) => escapeText(value, v3);
  const component = (value: string) => escapeText(value, true);
  const types = (values: string) => `TYPE=${v3 ? values.toUpperCase() : values}`;

  const lines = ['BEGIN:VCARD', `VERSION:${version}`, `PRODID:${PRODID}`, `UID:urn:uuid:${contact.id}`];
  lines.push(`FN:${text(formattedName(contact))}`);
  lines.push(`N:${[contact.familyName, contact.givenName, '', '', ''].map(component).join(';')}`);
  if (contact.organisation !== '') lines.push(`ORG:${component(contact.organisation)}`);
  if (contact.role !== '') lines.push(`TITLE:${text(contact.role)}`);
  for (const { address, label } of contact.emails) {
    // 3.0 readers (Apple, Outlook) expect INTERNET on every email; 4.0 dropped it.
    const emailTypes = [...(v3 ? ['internet'] : []), ...(label === 'other' ? [] : [label])];
    lines.push(`EMAIL${emailTypes.length > 0 ? `;${types(emailTypes.join(','))}` : ''}:${text(address)}`);
  }
  for (const { number, kind } of contact.phones) {
    // 4.0 TEL defaults to a tel: URI; our numbers are free text ("+33 1 23 45 67 89 ext. 2").
    lines.push(`TEL${v3 ? '' : ';VALUE=text'};${types(phoneTypes[kind])}:${text(number)}`);
  }
  const { address } = contact;
  if (address) {
    const parts = ['', '', address.street, address.city, address.region, address.postalCode, address.country];
    lines.push(`ADR;${types('work')}:${parts.map(component).join(';')}`);
  }
  if (contact.city !== (address?.city ?? '') || contact.country !== (address?.country ?? '')) {
    const parts = ['', '', '', contact.city, '', '', contact.country];
    lines.push(
      `ADR;${types('work')};${newsroomProperty.locationParam}=TRUE:${parts.map(component).join(';')}`,
    );
  }
  if (contact.website !== '') lines.push(`URL:${text(contact.website)}`);
  for (const { network, handle } of contact.social) {
    lines.push(`X-SOCIALPROFILE;TYPE=${formatParamValue(network)}:${text(handle)}`);
  }
  if (contact.notes !== '') lines.push(`NOTE:${text(contact.notes)}`);
  if (contact.tags.length > 0) lines.push(`CATEGORIES:${contact.tags.map(text).join(',')}`);
  for (const language of contact.languages) lines.push(`LANG:${text(language)}`);
  lines.push(...newsroomLines(contact, text));
  lines.push('END:VCARD');
  return lines;
}

function newsroomLines(contact: Contact, text: (value: string) => string): string[] {
  const lines: string[] = [];
  if (contact.beats.length > 0) lines.push(`${newsroomProperty.beats}:${contact.beats.map(text).join(',')}`);
  if (contact.pitchingPreferences !== '') {
    lines.push(`${newsroomProperty.pitching}:${text(contact.pitchingPreferences)}`);
  }
  if (contact.doNotContact) lines.push(`${newsroomProperty.doNotContact}:TRUE`);
  const { basis, date } = contact.consent;
  if (basis !== 'unknown' || date !== null) lines.push(`${newsroomProperty.consent}:${basis};${date ?? ''}`);
  if (contact.source !== '') lines.push(`${newsroomProperty.source}:${text(contact.source)}`);
  if (contact.lastVerified !== null) lines.push(`${newsroomProperty.lastVerified}:${contact.lastVerified}`);
  return lines;
}

/** FN is required: the person's name, or the organisation for a contact that is a newsdesk. */
function formattedName(contact: Contact): string {
  return `${contact.givenName} ${contact.familyName}`.trim() || contact.organisation;
}
