import { contactFieldsSchema, hasIdentity, type ContactFields } from '../../shared/schemas/contact';

/** A photo found in an imported record. It is kept apart so that the caller can store it as a file. */
export interface ContactPhoto {
  mimeType: string;
  bytes: Uint8Array;
}

/** One contact read from a file: the fields a person edits, validated, and its photo if it had one. */
export type ParsedContact = ContactFields & { photo?: ContactPhoto };

/**
 * Why a record (a vCard or a CSV row) was not imported. `record` counts records from 1 in file order;
 * 0 stands for the file as a whole or for text outside any record. `line` is the 1-based line of the
 * file where the problem (or the record) starts.
 */
export interface ImportError {
  record: number;
  line?: number;
  reason: string;
}

/** What every parser returns: the records it could read and, for the others, why not. */
export interface ImportResult {
  records: ParsedContact[];
  errors: ImportError[];
}

/** The outcome of checking one record: its fields as the store will hold them, or why it is refused. */
export type RecordCheck = { ok: true; fields: ContactFields } | { ok: false; reason: string };

type SchemaIssue = NonNullable<ReturnType<typeof contactFieldsSchema.safeParse>['error']>['issues'][number];

/** Field names as a reason says them: "email 2" rather than "emails.1.address". */
const fieldWords: Readonly<Record<string, string>> = {
  givenName: 'given name',
  familyName: 'family name',
  postalCode: 'postal code',
  pitchingPreferences: 'pitching preferences',
  doNotContact: 'do-not-contact flag',
  lastVerified: 'last-verified date',
};
/**
 * How one item of each list field is named in a reason ("email 2") and in the notes of a merged
 * contact ("Imported: email: …"). English, like the rest of a contact's stored text.
 */
export const contactItemNames = {
  emails: 'email',
  phones: 'phone',
  social: 'social profile',
  tags: 'tag',
  beats: 'beat',
  languages: 'language',
} as const;
const itemNames: Readonly<Record<string, string>> = contactItemNames;

/**
 * Validates a record as the store would: with the contact schema, and refusing a record without a
 * name or an organisation. Over-long fields are refused, never truncated: a silent cut would lose
 * data the user believes was imported.
 */
export function checkContactFields(draft: ContactFields): RecordCheck {
  // The directory's own rule: core refuses such a contact, which would fail the whole import.
  if (!hasIdentity(draft)) return { ok: false, reason: 'It has neither a name nor an organisation.' };
  const result = contactFieldsSchema.safeParse(draft);
  if (result.success) return { ok: true, fields: result.data };
  // A few reasons are enough to fix a record; a card with 500 bad tags would give a page of them.
  const reasons = result.error.issues.slice(0, 3).map((issue) => describeIssue(issue, draft));
  return { ok: false, reason: reasons.join(' ') };
}

function describeIssue(issue: SchemaIssue, draft: ContactFields): string {
  const label = labelOf(issue.path);
  const value = quoted(valueAt(draft, issue.path));
  if (issue.code === 'too_big') {
    return issue.origin === 'array'
      ? `The ${label} list has more than ${String(issue.maximum)} entries.`
      : `The ${label} is longer than ${String(issue.maximum)} characters.`;
  }
  if (issue.code === 'too_small') return `The ${label} is empty.`;
  if (issue.code === 'invalid_format') {
    return `The ${label} ${value} is not a valid ${issue.format === 'email' ? 'email address' : issue.format}.`;
  }
  if (issue.code === 'invalid_value') {
    return `The ${label} ${value} is not one of ${issue.values.map(String).join(', ')}.`;
  }
  return `The ${label} is invalid: ${issue.message}.`;
}

function labelOf(path: readonly PropertyKey[]): string {
  const words: string[] = [];
  for (let index = 0; index < path.length; index++) {
    const segment = path[index];
    const next = path[index + 1];
    if (typeof segment === 'string' && typeof next === 'number') {
      words.push(`${itemNames[segment] ?? segment} ${String(next + 1)}`);
      index++;
      // "email 2 address" says no more than "email 2".
      if (path[index + 1] === 'address' || path[index + 1] === 'number') index++;
    } else if (typeof segment === 'string') {
      words.push(fieldWords[segment] ?? segment);
    }
  }
  return words.join(' ');
}

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let value = root;
  for (const segment of path) {
    if (typeof value !== 'object' || value === null) return undefined;
    value = Reflect.get(value, segment);
  }
  return value;
}

/** Quotes a value for a reason, cut short so that a 5 MB field does not end up in an error message. */
function quoted(value: unknown): string {
  const text = typeof value === 'string' ? value : String(value);
  return JSON.stringify(text.length > 60 ? `${text.slice(0, 57)}...` : text);
}
