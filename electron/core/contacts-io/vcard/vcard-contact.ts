import {
  blankContactFields,
  consentBases,
  type ContactFields,
  type Contact,
} from '../../../shared/schemas/contact';
import { splitFullName } from '../full-name';
import type { ContactPhoto } from '../import-result';
import { splitEscaped } from '../split-escaped';
import type { ContentLine } from './vcard-content-line';
import { newsroomProperty } from './vcard-newsroom';
import { readPhoto } from './vcard-photo';
import { componentsOf, encodedTextOf, listOf, paramOf, textOf, typesOf, unescapeText } from './vcard-value';

/** A card turned into contact fields (not yet validated), or the reason it cannot be. */
export type CardReading =
  { ok: true; fields: ContactFields; photo?: ContactPhoto } | { ok: false; reason: string };

type EmailLabel = Contact['emails'][number]['label'];
type PhoneKind = Contact['phones'][number]['kind'];

/** What the properties of a card add up to before the name, role and address are settled. */
interface CardDraft {
  fields: ContactFields;
  /** Apple's `itemN.X-ABLabel` values by group: the only place its custom labels are. */
  labels: ReadonlyMap<string, string>;
  nameParts: string[] | null;
  formattedName: string;
  title: string;
  role: string;
  notes: string[];
  addresses: ContentLine[];
  photo?: ContactPhoto;
}

/** Reads one property into the draft; returns a reason when the property makes the card unusable. */
type PropertyReader = (line: ContentLine, draft: CardDraft) => string | undefined;

const propertyReaders: ReadonlyMap<string, PropertyReader> = new Map<string, PropertyReader>(
  Object.entries({
    N: (line, draft) => {
      draft.nameParts ??= nameComponentsOf(line);
    },
    FN: (line, draft) => {
      draft.formattedName ||= textOf(line).trim();
    },
    ORG: (line, draft) => {
      draft.fields.organisation ||= (componentsOf(line)[0] ?? '').trim();
    },
    TITLE: (line, draft) => {
      draft.title ||= textOf(line).trim();
    },
    ROLE: (line, draft) => {
      draft.role ||= textOf(line).trim();
    },
    EMAIL: (line, draft) => {
      const address = textOf(line)
        .trim()
        .replace(/^mailto:/i, '');
      if (address !== '') draft.fields.emails.push({ address, label: emailLabelOf(line, draft.labels) });
    },
    TEL: (line, draft) => {
      const number = textOf(line).trim().replace(/^tel:/i, '');
      if (number !== '') draft.fields.phones.push({ number, kind: phoneKindOf(line, draft.labels) });
    },
    ADR: (line, draft) => {
      draft.addresses.push(line);
    },
    URL: (line, draft) => {
      draft.fields.website ||= textOf(line).trim();
    },
    NOTE: (line, draft) => {
      draft.notes.push(textOf(line));
    },
    CATEGORIES: (line, draft) => {
      for (const tag of listOf(line)) draft.fields.tags.push(tag);
    },
    LANG: (line, draft) => {
      draft.fields.languages.push(textOf(line));
    },
    'X-SOCIALPROFILE': (line, draft) => {
      const network =
        (line.params.get('TYPE') ?? []).join(',').trim() || paramOf(line, 'X-SERVICE-TYPE')?.trim();
      const handle = paramOf(line, 'X-USER')?.trim() || textOf(line).trim();
      if (handle !== '') draft.fields.social.push({ network: network || 'other', handle });
    },
    IMPP: (line, draft) => {
      const value = textOf(line).trim();
      const uri = /^([A-Za-z][A-Za-z0-9+.-]*):(.*)$/s.exec(value);
      const network = paramOf(line, 'X-SERVICE-TYPE')?.trim() || uri?.[1];
      const handle = (uri?.[2] ?? value).trim();
      if (handle !== '') draft.fields.social.push({ network: network || 'other', handle });
    },
    PHOTO: (line, draft) => {
      if (draft.photo) return undefined;
      const reading = readPhoto(line);
      if ('reason' in reading) return reading.reason;
      if (reading.photo) draft.photo = reading.photo;
      return undefined;
    },
    [newsroomProperty.beats]: (line, draft) => {
      for (const beat of listOf(line)) draft.fields.beats.push(beat);
    },
    [newsroomProperty.pitching]: (line, draft) => {
      draft.fields.pitchingPreferences = textOf(line);
    },
    [newsroomProperty.doNotContact]: (line, draft) => {
      draft.fields.doNotContact = /^(true|yes|1)$/i.test(textOf(line).trim());
    },
    [newsroomProperty.consent]: (line, draft) => {
      const [basis = '', date = ''] = componentsOf(line).map((part) => part.trim());
      const known = consentBases.find((candidate) => candidate === basis);
      if (!known)
        return `The consent basis ${JSON.stringify(basis)} is not one of ${consentBases.join(', ')}.`;
      draft.fields.consent = { basis: known, date: date === '' ? null : date };
      return undefined;
    },
    [newsroomProperty.source]: (line, draft) => {
      draft.fields.source = textOf(line).trim();
    },
    [newsroomProperty.lastVerified]: (line, draft) => {
      const date = textOf(line).trim();
      draft.fields.lastVerified = date === '' ? null : date;
    },
  } satisfies Record<string, PropertyReader>),
);

/**
 * Maps the properties of one card onto contact fields. Unknown properties are skipped; a property
 * that is there but unreadable (a corrupt photo, an unknown consent basis) refuses the card.
 */
export function contactFromCard(lines: readonly ContentLine[]): CardReading {
  const draft: CardDraft = {
    fields: blankContactFields(),
    labels: appleLabels(lines),
    nameParts: null,
    formattedName: '',
    title: '',
    role: '',
    notes: [],
    addresses: [],
  };
  for (const line of lines) {
    const reason = propertyReaders.get(line.name)?.(line, draft);
    if (reason) return { ok: false, reason };
  }
  return { ok: true, fields: settle(draft), ...(draft.photo ? { photo: draft.photo } : {}) };
}

function settle(draft: CardDraft): ContactFields {
  const { fields } = draft;
  const { givenName, familyName } = namesOf(draft);
  fields.givenName = givenName;
  fields.familyName = familyName;
  fields.role = draft.title || draft.role;
  fields.notes = draft.notes.join('\n\n');
  fields.tags = distinct(fields.tags);
  fields.beats = distinct(fields.beats);
  fields.languages = distinct(fields.languages);

  // Our own export marks an ADR that carries the contact's city and country rather than an address.
  const location = draft.addresses.find(
    (line) => paramOf(line, newsroomProperty.locationParam) !== undefined,
  );
  const postal = preferredAddress(draft.addresses.filter((line) => line !== location));
  fields.address = postal ? postalAddressOf(postal) : null;
  const [, , , city = '', , , country = ''] = location ? componentsOf(location) : [];
  fields.city = location ? city.trim() : (fields.address?.city ?? '');
  fields.country = location ? country.trim() : (fields.address?.country ?? '');
  return fields;
}

/**
 * Given and family names from N; from FN only when N is missing or empty and FN is not just the
 * organisation, an email or a phone number (what writers put in FN for a card without a name).
 */
function namesOf(draft: CardDraft): { givenName: string; familyName: string } {
  const [family = '', given = '', additional = ''] = draft.nameParts ?? [];
  if (family !== '' || given !== '' || additional !== '') {
    return { givenName: [given, additional].filter((part) => part !== '').join(' '), familyName: family };
  }
  const { formattedName, fields } = draft;
  const standsForSomethingElse =
    formattedName === fields.organisation ||
    fields.emails.some((email) => email.address === formattedName) ||
    fields.phones.some((phone) => phone.number === formattedName);
  if (formattedName === '' || standsForSomethingElse) return { givenName: '', familyName: '' };
  return splitFullName(formattedName);
}

/** N's components, each of which may list several values (`Philip,Paul`): they are joined with spaces. */
function nameComponentsOf(line: ContentLine): string[] {
  return splitEscaped(encodedTextOf(line), ';').map((component) =>
    splitEscaped(component, ',')
      .map((value) => unescapeText(value).trim())
      .filter((value) => value !== '')
      .join(' '),
  );
}

function emailLabelOf(line: ContentLine, labels: ReadonlyMap<string, string>): EmailLabel {
  const types = typesOf(line);
  const label = line.group ? (labels.get(line.group) ?? '') : '';
  if (types.includes('WORK') || /work/i.test(label)) return 'work';
  if (types.includes('HOME') || /home/i.test(label)) return 'home';
  return 'other';
}

function phoneKindOf(line: ContentLine, labels: ReadonlyMap<string, string>): PhoneKind {
  const types = typesOf(line);
  const label = line.group ? (labels.get(line.group) ?? '') : '';
  if (types.includes('FAX') || /fax/i.test(label)) return 'fax';
  if (
    types.some((type) => type === 'CELL' || type === 'MOBILE' || type === 'IPHONE') ||
    /mobile|cell/i.test(label)
  ) {
    return 'mobile';
  }
  return 'tel';
}

function appleLabels(lines: readonly ContentLine[]): Map<string, string> {
  const labels = new Map<string, string>();
  for (const line of lines) {
    if (line.name === 'X-ABLABEL' && line.group) labels.set(line.group, textOf(line));
  }
  return labels;
}

/** The address to keep when a card has several: the preferred one, else the work one, else the first. */
function preferredAddress(addresses: readonly ContentLine[]): ContentLine | undefined {
  return (
    addresses.find((line) => typesOf(line).includes('PREF') || paramOf(line, 'PREF') === '1') ??
    addresses.find((line) => typesOf(line).includes('WORK')) ??
    addresses[0]
  );
}

function postalAddressOf(line: ContentLine): ContactFields['address'] {
  const [poBox = '', extended = '', street = '', city = '', region = '', postalCode = '', country = ''] =
    componentsOf(line).map((component) => component.trim());
  const address = {
    street: [street, extended, poBox].filter((part) => part !== '').join('\n'),
    postalCode,
    city,
    region,
    country,
  };
  return Object.values(address).every((part) => part === '') ? null : address;
}

/** Trimmed, non-empty and without repeats: tags, beats and languages are sets. */
function distinct(values: readonly string[]): string[] {
  return [...new Set(values.map((value) => value.trim()).filter((value) => value !== ''))];
}
