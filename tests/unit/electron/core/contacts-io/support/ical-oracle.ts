import ICAL from 'ical.js';
import { z } from 'zod';
import type { Contact } from '../../../../../../electron/shared/schemas/contact';

/** A jCard property: name, parameters, value type, then the values. */
const jCardProperty = z.tuple([z.string(), z.record(z.string(), z.unknown()), z.string()], z.unknown());
const jCard = z.tuple([z.literal('vcard'), z.array(jCardProperty), z.array(z.unknown())]);

/** What the oracle compares: the standard properties our writer puts in a card. */
export interface OracleView {
  fn: string;
  n: unknown[];
  org: unknown[];
  title: string;
  emails: string[];
  tels: string[];
  adr: unknown[][];
  url: string;
  note: string;
  categories: string[];
}

/**
 * Reads a vCard file with ical.js, independently of our parser. ical.js applies RFC 6350's escapes to
 * 3.0 too and so leaves `\;` in one-value text, which RFC 2426 requires 3.0 writers to escape: that
 * one escape is undone here (the oracle's contacts hold no backslash, so `\;` can only be an escape).
 */
export function readWithIcalJs(text: string): OracleView[] {
  const parsed: unknown = ICAL.parse(text);
  const cards = z.array(jCard).parse(Array.isArray(parsed) && parsed[0] === 'vcard' ? [parsed] : parsed);
  return cards.map(([, properties]) => {
    const values = (name: string) =>
      properties.filter((property) => property[0] === name).map((p) => p.slice(3));
    const text = (name: string) => (values(name)[0] ?? []).map(oneValue).join(',');
    return {
      fn: text('fn'),
      n: structured(values('n')[0]?.[0]),
      org: structured(values('org')[0]?.[0]),
      title: text('title'),
      emails: values('email').map((value) => oneValue(value[0])),
      tels: values('tel').map((value) => oneValue(value[0])),
      adr: values('adr').map((value) => structured(value[0])),
      url: text('url'),
      note: text('note'),
      categories: (values('categories')[0] ?? []).map(oneValue),
    };
  });
}

/** A structured value: ical.js gives a lone component as a string rather than a one-item list. */
function structured(value: unknown): unknown[] {
  if (value === undefined) return [];
  return typeof value === 'string' ? [value] : z.array(z.unknown()).parse(value);
}

function oneValue(value: unknown): string {
  return z.string().parse(value).replaceAll('\\;', ';');
}

/** The same view of a contact, as our writer should have put it. */
export function expectedOracleView(contact: Contact): OracleView {
  const name = `${contact.givenName} ${contact.familyName}`.trim();
  const { address } = contact;
  const location =
    contact.city !== (address?.city ?? '') || contact.country !== (address?.country ?? '')
      ? [['', '', '', contact.city, '', '', contact.country]]
      : [];
  return {
    fn: name || contact.organisation,
    n: [contact.familyName, contact.givenName, '', '', ''],
    org: contact.organisation === '' ? [] : [contact.organisation],
    title: contact.role,
    emails: contact.emails.map((email) => email.address),
    tels: contact.phones.map((phone) => phone.number),
    adr: [
      ...(address
        ? [['', '', address.street, address.city, address.region, address.postalCode, address.country]]
        : []),
      ...location,
    ],
    url: contact.website,
    note: contact.notes.replace(/\r\n?/g, '\n'),
    categories: contact.tags,
  };
}
