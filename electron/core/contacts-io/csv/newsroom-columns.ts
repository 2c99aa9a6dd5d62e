import type { ContactFields } from '../../../shared/schemas/contact';
import { joinListCell } from './csv-cells';
import type { CsvColumnTarget } from './csv-mapping';
import { headerKey } from './header-key';

/** One column of our own CSV export: its header, how to write it and how to read it back. */
export interface NewsroomColumn {
  header: string;
  target: CsvColumnTarget;
  cell: (contact: ContactFields) => string;
}

/** How many numbered column groups an export needs: the most any exported contact has. */
export interface NumberedColumnCounts {
  emails: number;
  phones: number;
  social: number;
}

/**
 * The columns of our CSV export, in order. One column per field, so a spreadsheet can sort and filter
 * them; lists of words (beats, languages, tags) in one cell joined with " ; "; emails, phones and
 * social profiles in numbered columns with their label beside them ("Email 1", "Email 1 label"),
 * because each value has a label that must survive the round trip. Headers are a data format, like
 * Google's, and stay in English whatever the app's language.
 */
export function newsroomColumns(counts: NumberedColumnCounts): NewsroomColumn[] {
  return [
    { header: 'Given name', target: { field: 'givenName' }, cell: (c) => c.givenName },
    { header: 'Family name', target: { field: 'familyName' }, cell: (c) => c.familyName },
    { header: 'Role', target: { field: 'role' }, cell: (c) => c.role },
    { header: 'Organisation', target: { field: 'organisation' }, cell: (c) => c.organisation },
    { header: 'Beats', target: { field: 'beats', style: 'semicolons' }, cell: (c) => joinListCell(c.beats) },
    {
      header: 'Languages',
      target: { field: 'languages', style: 'semicolons' },
      cell: (c) => joinListCell(c.languages),
    },
    { header: 'City', target: { field: 'city' }, cell: (c) => c.city },
    { header: 'Country', target: { field: 'country' }, cell: (c) => c.country },
    ...numbered(counts.emails, (n, index) => [
      {
        header: `Email ${n}`,
        target: { field: 'email', label: 'other', slot: `email ${n}` },
        cell: (c) => c.emails[index]?.address ?? '',
      },
      {
        header: `Email ${n} label`,
        target: { field: 'emailLabel', slot: `email ${n}` },
        cell: (c) => c.emails[index]?.label ?? '',
      },
    ]),
    ...numbered(counts.phones, (n, index) => [
      {
        header: `Phone ${n}`,
        target: { field: 'phone', kind: 'tel', slot: `phone ${n}` },
        cell: (c) => c.phones[index]?.number ?? '',
      },
      {
        header: `Phone ${n} kind`,
        target: { field: 'phoneKind', slot: `phone ${n}` },
        cell: (c) => c.phones[index]?.kind ?? '',
      },
    ]),
    { header: 'Street', target: { field: 'address', part: 'street' }, cell: (c) => c.address?.street ?? '' },
    {
      header: 'Postal code',
      target: { field: 'address', part: 'postalCode' },
      cell: (c) => c.address?.postalCode ?? '',
    },
    {
      header: 'Address city',
      target: { field: 'address', part: 'city' },
      cell: (c) => c.address?.city ?? '',
    },
    { header: 'Region', target: { field: 'address', part: 'region' }, cell: (c) => c.address?.region ?? '' },
    {
      header: 'Address country',
      target: { field: 'address', part: 'country' },
      cell: (c) => c.address?.country ?? '',
    },
    { header: 'Website', target: { field: 'website' }, cell: (c) => c.website },
    ...numbered(counts.social, (n, index) => [
      {
        header: `Social ${n} network`,
        target: { field: 'socialNetwork', slot: `social ${n}` },
        cell: (c) => c.social[index]?.network ?? '',
      },
      {
        header: `Social ${n} handle`,
        target: { field: 'socialHandle', network: 'other', slot: `social ${n}` },
        cell: (c) => c.social[index]?.handle ?? '',
      },
    ]),
    { header: 'Tags', target: { field: 'tags', style: 'semicolons' }, cell: (c) => joinListCell(c.tags) },
    { header: 'Notes', target: { field: 'notes' }, cell: (c) => c.notes },
    {
      header: 'Pitching preferences',
      target: { field: 'pitchingPreferences' },
      cell: (c) => c.pitchingPreferences,
    },
    {
      header: 'Do not contact',
      target: { field: 'doNotContact' },
      cell: (c) => (c.doNotContact ? 'yes' : 'no'),
    },
    { header: 'Consent basis', target: { field: 'consentBasis' }, cell: (c) => c.consent.basis },
    { header: 'Consent date', target: { field: 'consentDate' }, cell: (c) => c.consent.date ?? '' },
    { header: 'Source', target: { field: 'source' }, cell: (c) => c.source },
    { header: 'Last verified', target: { field: 'lastVerified' }, cell: (c) => c.lastVerified ?? '' },
  ];
}

function numbered(count: number, columns: (n: number, index: number) => NewsroomColumn[]): NewsroomColumn[] {
  return Array.from({ length: count }, (_, index) => columns(index + 1, index)).flat();
}

/** The schema allows 20 of each, so a file of ours never has more numbered columns than this. */
const targetsByKey = new Map(
  newsroomColumns({ emails: 20, phones: 20, social: 20 }).map((column) => [
    headerKey(column.header),
    column.target,
  ]),
);

/** What a column of our own export fills, by header key. */
export function newsroomTargetOf(key: string): CsvColumnTarget | undefined {
  return targetsByKey.get(key);
}
