import type { Contact } from '../../../shared/schemas/contact';

/** Label of an email, as the contact model names it. */
export type EmailLabel = Contact['emails'][number]['label'];
/** Kind of a phone number, as the contact model names it. */
export type PhoneKind = Contact['phones'][number]['kind'];

/**
 * One-line and multi-line text fields a column can fill. `fullName` is a display name, split into
 * given and family names when no column gives those.
 */
export type CsvTextField =
  | 'givenName'
  | 'familyName'
  | 'fullName'
  | 'role'
  | 'organisation'
  | 'city'
  | 'country'
  | 'website'
  | 'notes'
  | 'pitchingPreferences'
  | 'source';

/** Fields that hold a list, written in one cell. */
export type CsvListField = 'beats' | 'tags' | 'languages';

/**
 * How a list is written in one cell: `semicolons` is ours and Outlook's (`a ; b`, with `\;` for a
 * semicolon inside an item); `google-labels` is Google's (`* myContacts ::: Press`), whose system
 * labels, starting with `* `, are dropped.
 */
export type CsvListStyle = 'semicolons' | 'google-labels';

/** Parts of the postal address. */
export type CsvAddressPart = 'street' | 'postalCode' | 'city' | 'region' | 'country';

/**
 * What one column of a CSV file fills in a contact. Emails, phones and social profiles may come with
 * a second column that says what they are (Google's "E-mail 1 - Label" next to "E-mail 1 - Value"):
 * both name the same `slot`, and the label column, when readable, wins over the value column's
 * default label.
 */
export type CsvColumnTarget =
  | { field: 'ignore' }
  | { field: CsvTextField }
  | { field: CsvListField; style: CsvListStyle }
  | { field: 'doNotContact' | 'consentBasis' | 'consentDate' | 'lastVerified' }
  | { field: 'address'; part: CsvAddressPart }
  | { field: 'email'; label: EmailLabel; slot?: string }
  | { field: 'emailLabel'; slot: string }
  | { field: 'phone'; kind: PhoneKind; slot?: string }
  | { field: 'phoneKind'; slot: string }
  | { field: 'socialHandle'; network: string; slot?: string }
  | { field: 'socialNetwork'; slot: string };

/**
 * Which field each column fills, by header (as {@link previewCsv} returns the headers). Columns the
 * mapping does not name are ignored. The import flow shows the suggested mapping with the first rows
 * and lets the user change it before the file is read.
 */
export type CsvMapping = Record<string, CsvColumnTarget>;

/** The layouts recognised from their headers. `newsroom` is our own export. */
export type CsvLayout = 'newsroom' | 'google' | 'google-legacy' | 'outlook' | 'thunderbird' | 'unknown';

/** The delimiters a contacts CSV is written with: `;` is what Excel uses where `,` is the decimal mark. */
export type CsvDelimiter = ',' | ';' | '\t';
