import { blankContactFields, consentBases, type ContactFields } from '../../../shared/schemas/contact';
import { splitFullName } from '../full-name';
import {
  emailLabelFromCell,
  parseYesNo,
  phoneKindFromCell,
  splitListCell,
  splitMultipleValues,
  unescapeFormula,
} from './csv-cells';
import type {
  CsvAddressPart,
  CsvColumnTarget,
  CsvMapping,
  CsvTextField,
  EmailLabel,
  PhoneKind,
} from './csv-mapping';

/** A column the mapping sends somewhere, with its position in the row. */
export interface MappedColumn {
  index: number;
  header: string;
  target: Exclude<CsvColumnTarget, { field: 'ignore' }>;
}

/** A row turned into contact fields (not yet validated), or the reason it cannot be. */
export type RowReading = { ok: true; fields: ContactFields } | { ok: false; reason: string };

/** The columns of `headers` that `mapping` sends to a field, in file order. */
export function mappedColumns(headers: readonly string[], mapping: CsvMapping): MappedColumn[] {
  return headers.flatMap((header, index) => {
    // A header may be "__proto__" or "constructor": only the mapping's own entries count.
    const target = Object.hasOwn(mapping, header) ? mapping[header] : undefined;
    return target && target.field !== 'ignore' ? [{ index, header, target }] : [];
  });
}

/** Fields whose text keeps its line breaks and surrounding spaces, as typed. */
const multiLineFields: ReadonlySet<CsvTextField> = new Set(['notes', 'pitchingPreferences']);

/** Values gathered from the columns of one row before they are put together. */
interface RowDraft {
  texts: Map<CsvTextField, string[]>;
  address: Map<CsvAddressPart, string[]>;
  emails: { address: string; label: EmailLabel; slot?: string; position: number }[];
  phones: { number: string; kind: PhoneKind; slot?: string; position: number }[];
  social: { handle: string; network: string; slot?: string; position: number }[];
  /** Label, kind and network cells by slot, split like their values. */
  slotLabels: Map<string, string[]>;
}

/**
 * Reads one row through the mapping. Several columns for one text field are joined (first and middle
 * names with a space, street lines and notes with a line break); a website is the first one given.
 * When no column gives the city or country, the address's are used. A cell that is there but cannot
 * be read (a "Do not contact" of "maybe") refuses the row.
 */
export function contactFromRow(cells: readonly string[], columns: readonly MappedColumn[]): RowReading {
  const fields = blankContactFields();
  const draft: RowDraft = {
    texts: new Map(),
    address: new Map(),
    emails: [],
    phones: [],
    social: [],
    slotLabels: new Map(),
  };
  for (const column of columns) {
    const cell = unescapeFormula(cells[column.index] ?? '');
    const reason = readCell(cell, column, fields, draft);
    if (reason) return { ok: false, reason };
  }
  settle(fields, draft, columns);
  return { ok: true, fields };
}

function readCell(
  cell: string,
  column: MappedColumn,
  fields: ContactFields,
  draft: RowDraft,
): string | undefined {
  const { target } = column;
  const value = cell.trim();
  switch (target.field) {
    case 'givenName':
    case 'familyName':
    case 'fullName':
    case 'role':
    case 'organisation':
    case 'city':
    case 'country':
    case 'website':
    case 'notes':
    case 'pitchingPreferences':
    case 'source':
      append(draft.texts, target.field, multiLineFields.has(target.field) ? cell : value);
      return undefined;
    case 'beats':
    case 'tags':
    case 'languages':
      for (const item of splitListCell(cell, target.style)) fields[target.field].push(item);
      return undefined;
    case 'doNotContact': {
      const answer = parseYesNo(value);
      if (answer === null) return `The "${column.header}" cell ${quoted(value)} is neither yes nor no.`;
      fields.doNotContact = answer;
      return undefined;
    }
    case 'consentBasis': {
      if (value === '') return undefined;
      const basis = consentBases.find((candidate) => candidate === value);
      if (!basis)
        return `The "${column.header}" cell ${quoted(value)} is not one of ${consentBases.join(', ')}.`;
      fields.consent.basis = basis;
      return undefined;
    }
    case 'consentDate':
      fields.consent.date = value === '' ? null : value;
      return undefined;
    case 'lastVerified':
      fields.lastVerified = value === '' ? null : value;
      return undefined;
    case 'address':
      append(draft.address, target.part, value);
      return undefined;
    case 'email':
      splitMultipleValues(value).forEach((address, position) => {
        if (address.trim() !== '')
          draft.emails.push({ address: address.trim(), label: target.label, slot: target.slot, position });
      });
      return undefined;
    case 'phone':
      splitMultipleValues(value).forEach((number, position) => {
        if (number.trim() !== '')
          draft.phones.push({ number: number.trim(), kind: target.kind, slot: target.slot, position });
      });
      return undefined;
    case 'socialHandle':
      if (value !== '')
        draft.social.push({ handle: value, network: target.network, slot: target.slot, position: 0 });
      return undefined;
    case 'emailLabel':
    case 'phoneKind':
      draft.slotLabels.set(target.slot, splitMultipleValues(value));
      return undefined;
    case 'socialNetwork':
      draft.slotLabels.set(target.slot, [value]);
      return undefined;
  }
}

function settle(fields: ContactFields, draft: RowDraft, columns: readonly MappedColumn[]): void {
  const joined = (field: CsvTextField) => {
    const values = (draft.texts.get(field) ?? []).filter((value) => value !== '');
    if (field === 'website') return values[0] ?? '';
    return values.join(multiLineFields.has(field) ? '\n' : ' ');
  };
  fields.givenName = joined('givenName');
  fields.familyName = joined('familyName');
  if (fields.givenName === '' && fields.familyName === '') {
    const names = splitFullName(joined('fullName'));
    fields.givenName = names.givenName;
    fields.familyName = names.familyName;
  }
  fields.role = joined('role');
  fields.organisation = joined('organisation');
  fields.website = joined('website');
  fields.notes = joined('notes');
  fields.pitchingPreferences = joined('pitchingPreferences');
  fields.source = joined('source');

  const part = (name: CsvAddressPart) =>
    (draft.address.get(name) ?? []).filter((value) => value !== '').join(name === 'street' ? '\n' : ' ');
  const address = {
    street: part('street'),
    postalCode: part('postalCode'),
    city: part('city'),
    region: part('region'),
    country: part('country'),
  };
  fields.address = Object.values(address).some((value) => value !== '') ? address : null;
  const mapsTo = (field: CsvTextField) => columns.some((column) => column.target.field === field);
  fields.city = mapsTo('city') ? joined('city') : address.city;
  fields.country = mapsTo('country') ? joined('country') : address.country;

  const labelOf = (slot: string | undefined, position: number) => {
    const labels = slot === undefined ? undefined : draft.slotLabels.get(slot);
    return (labels?.[position] ?? labels?.[0] ?? '').trim();
  };
  fields.emails = draft.emails.map(({ address: email, label, slot, position }) => ({
    address: email,
    label: emailLabelFromCell(labelOf(slot, position)) ?? label,
  }));
  fields.phones = draft.phones.map(({ number, kind, slot, position }) => ({
    number,
    kind: phoneKindFromCell(labelOf(slot, position)) ?? kind,
  }));
  fields.social = draft.social.map(({ handle, network, slot, position }) => ({
    handle,
    network: labelOf(slot, position) || network,
  }));
  fields.tags = distinct(fields.tags);
  fields.beats = distinct(fields.beats);
  fields.languages = distinct(fields.languages);
}

function append<K>(map: Map<K, string[]>, key: K, value: string): void {
  const values = map.get(key);
  if (values) values.push(value);
  else map.set(key, [value]);
}

function distinct(values: readonly string[]): string[] {
  return [...new Set(values)];
}

function quoted(value: string): string {
  return JSON.stringify(value.length > 40 ? `${value.slice(0, 37)}...` : value);
}
