import type { TFunction } from 'i18next';
import type { CsvColumnTargetInput } from '@shared/schemas/contact-transfer';

/**
 * What a column of a spreadsheet can be mapped to in the column-mapping step, by the key the
 * select uses. Lists (beats, tags, languages) are read as Newsroom and Outlook write them, items
 * separated by semicolons.
 */
export const standardTargets = {
  ignore: { field: 'ignore' },
  givenName: { field: 'givenName' },
  familyName: { field: 'familyName' },
  fullName: { field: 'fullName' },
  organisation: { field: 'organisation' },
  role: { field: 'role' },
  beats: { field: 'beats', style: 'semicolons' },
  'email:work': { field: 'email', label: 'work' },
  'email:home': { field: 'email', label: 'home' },
  'email:other': { field: 'email', label: 'other' },
  'phone:tel': { field: 'phone', kind: 'tel' },
  'phone:mobile': { field: 'phone', kind: 'mobile' },
  'phone:fax': { field: 'phone', kind: 'fax' },
  website: { field: 'website' },
  city: { field: 'city' },
  country: { field: 'country' },
  'address:street': { field: 'address', part: 'street' },
  'address:postalCode': { field: 'address', part: 'postalCode' },
  'address:city': { field: 'address', part: 'city' },
  'address:region': { field: 'address', part: 'region' },
  'address:country': { field: 'address', part: 'country' },
  tags: { field: 'tags', style: 'semicolons' },
  languages: { field: 'languages', style: 'semicolons' },
  notes: { field: 'notes' },
  pitchingPreferences: { field: 'pitchingPreferences' },
  doNotContact: { field: 'doNotContact' },
  consentBasis: { field: 'consentBasis' },
  consentDate: { field: 'consentDate' },
  lastVerified: { field: 'lastVerified' },
  source: { field: 'source' },
} as const satisfies Record<string, CsvColumnTargetInput>;

export type StandardTargetKey = keyof typeof standardTargets;

/** The choices grouped as a person looks for them; `ignore` stands alone at the top. */
export const targetGroups = {
  name: ['givenName', 'familyName', 'fullName'],
  work: ['organisation', 'role', 'beats'],
  reach: ['email:work', 'email:home', 'email:other', 'phone:tel', 'phone:mobile', 'phone:fax', 'website'],
  place: [
    'city',
    'country',
    'address:street',
    'address:postalCode',
    'address:city',
    'address:region',
    'address:country',
  ],
  more: [
    'tags',
    'languages',
    'notes',
    'pitchingPreferences',
    'doNotContact',
    'consentBasis',
    'consentDate',
    'lastVerified',
    'source',
  ],
} as const satisfies Record<string, readonly StandardTargetKey[]>;

/** Stands for a target that a recognised layout set and no standard choice equals (a numbered Google column). */
export const RECOGNISED_KEY = 'recognised';

const keys = Object.keys(standardTargets).filter((key): key is StandardTargetKey =>
  Object.hasOwn(standardTargets, key),
);

/** The key of the standard choice that is exactly `target`, or {@link RECOGNISED_KEY}. */
export function targetKey(target: CsvColumnTargetInput): StandardTargetKey | typeof RECOGNISED_KEY {
  const json = JSON.stringify(target);
  return keys.find((key) => JSON.stringify(standardTargets[key]) === json) ?? RECOGNISED_KEY;
}

/** Whether a select value is one of the standard keys (rather than {@link RECOGNISED_KEY}). */
export function isStandardKey(value: string): value is StandardTargetKey {
  return Object.hasOwn(standardTargets, value);
}

/**
 * How to name a target that the standard choices do not offer: Google's numbered "E-mail 2 - Value"
 * paired with the "E-mail 2 - Label" beside it, the label column itself, a profile of a known
 * network, or a list written in Google's labels style.
 */
export function recognisedLabel(t: TFunction, target: CsvColumnTargetInput): string {
  if (target.field === 'email') {
    return t('contactImport.targets.recognisedEmail', { label: t(`contacts.emailLabels.${target.label}`) });
  }
  if (target.field === 'phone') {
    return t('contactImport.targets.recognisedPhone', { kind: t(`contacts.phoneKinds.${target.kind}`) });
  }
  if (target.field === 'socialHandle')
    return t('contactImport.targets.socialHandle', { network: target.network });
  if (target.field === 'beats' || target.field === 'tags' || target.field === 'languages') {
    return t('contactImport.targets.recognisedList', { field: t(`contactImport.targets.${target.field}`) });
  }
  // The label columns (emailLabel, phoneKind, socialNetwork), and any field the choices name as it is.
  return t(`contactImport.targets.${target.field}`);
}

/** The label of a standard choice. Keys such as `email:work` become `emailWork`: i18next reads `:` as a namespace. */
export function targetLabel(t: TFunction, key: StandardTargetKey): string {
  return t(`contactImport.targets.${key.replace(/:(\w)/, (_, first: string) => first.toUpperCase())}`);
}
