import type { Contact } from '../../shared/schemas/contact';
import type { ImportError, ImportResult, ParsedContact } from '../contacts-io/import-result';
import { TimeSlicer } from '../search/time-slicer';
import { duplicateKeysOf, duplicateReasons, type DuplicateReason } from './duplicate-keys';

/** An existing contact that an incoming record duplicates, and why. */
export interface DuplicateMatch {
  contactId: string;
  /** Strongest first. */
  reasons: DuplicateReason[];
}

/** An earlier record of the same file that is the same person, and why. */
export interface SameRecordMatch {
  recordIndex: number;
  reasons: DuplicateReason[];
}

/** One record read from the file, and what the directory already knows of it. */
export interface PlannedRecord {
  /** Position in {@link ImportPlan.records}: the key of this record's decision. */
  index: number;
  record: ParsedContact;
  /** `duplicate` when it matches an existing contact or an earlier record of the file. */
  status: 'new' | 'duplicate';
  /** The existing contacts it duplicates, best match first: a merge goes into the first. */
  duplicates: DuplicateMatch[];
  /** The earlier record of the file that it duplicates most strongly, if any. */
  sameAsRecord: SameRecordMatch | null;
}

/** What an import would do, for the preview: each readable record and each record that was not read. */
export interface ImportPlan {
  records: PlannedRecord[];
  /** The parser's errors, carried through with their record number (1-based in the file) and reason. */
  rejected: ImportError[];
  counts: { new: number; duplicates: number; rejected: number };
}

/** Matches shown per record; a merge uses the first. */
const MAX_MATCHES = 10;
/**
 * Candidates taken from one key. A name key can be shared by thousands of newsdesk entries of one
 * outlet; emails and phones, the stronger reasons, are rarely shared by more than a handful.
 */
const MAX_CANDIDATES_PER_KEY = 50;
const SLICE_MS = 8;

const weight: Readonly<Record<DuplicateReason, number>> = { email: 4, phone: 2, 'name-and-outlet': 1 };

/**
 * Compares what a file brings with the directory: each readable record is `new` or a `duplicate` of
 * existing contacts (same email, same phone number, or same name at the same outlet; see
 * duplicate-keys.ts) and of earlier records of the same file, best match first. Records the parser
 * could not read are carried through as `rejected`. Yields to the event loop every few milliseconds,
 * as it runs in the main process over up to 100,000 records.
 *
 * @param directory the contacts already in the directory, such as `store.contacts.all()`.
 */
export async function planImport(
  parsed: ImportResult,
  directory: Iterable<Contact>,
  { signal }: { signal?: AbortSignal } = {},
): Promise<ImportPlan> {
  const slicer = new TimeSlicer(SLICE_MS, signal);
  const existingByKey = new Map<string, string[]>();
  for (const contact of directory) {
    for (const { key } of duplicateKeysOf(contact)) {
      const ids = existingByKey.get(key);
      if (!ids) existingByKey.set(key, [contact.id]);
      else if (ids.length < MAX_CANDIDATES_PER_KEY) ids.push(contact.id);
    }
    if (slicer.due()) await slicer.pause();
  }

  const firstRecordByKey = new Map<string, number>();
  const records: PlannedRecord[] = [];
  for (const [index, record] of parsed.records.entries()) {
    const keys = duplicateKeysOf(record);
    const existing = new Map<string, Set<DuplicateReason>>();
    const earlier = new Map<number, Set<DuplicateReason>>();
    for (const { key, reason } of keys) {
      for (const id of existingByKey.get(key) ?? []) addReason(existing, id, reason);
      const first = firstRecordByKey.get(key);
      if (first === undefined) firstRecordByKey.set(key, index);
      else addReason(earlier, first, reason);
    }
    const duplicates = ranked(existing)
      .slice(0, MAX_MATCHES)
      .map(([contactId, reasons]) => ({ contactId, reasons }));
    const [sameAs] = ranked(earlier);
    const sameAsRecord = sameAs ? { recordIndex: sameAs[0], reasons: sameAs[1] } : null;
    const status = duplicates.length > 0 || sameAsRecord ? 'duplicate' : 'new';
    records.push({ index, record, status, duplicates, sameAsRecord });
    if (slicer.due()) await slicer.pause();
  }

  const duplicateCount = records.filter((planned) => planned.status === 'duplicate').length;
  return {
    records,
    rejected: parsed.errors,
    counts: {
      new: records.length - duplicateCount,
      duplicates: duplicateCount,
      rejected: parsed.errors.length,
    },
  };
}

function addReason<K>(matches: Map<K, Set<DuplicateReason>>, key: K, reason: DuplicateReason): void {
  const reasons = matches.get(key) ?? new Set();
  reasons.add(reason);
  matches.set(key, reasons);
}

/** Matches with the strongest reasons first; equals keep their order (directory order, or file order). */
function ranked<K>(matches: ReadonlyMap<K, ReadonlySet<DuplicateReason>>): [K, DuplicateReason[]][] {
  const score = (reasons: ReadonlySet<DuplicateReason>) =>
    [...reasons].reduce((total, reason) => total + weight[reason], 0);
  return [...matches]
    .sort(([, a], [, b]) => score(b) - score(a))
    .map(([key, reasons]) => [key, duplicateReasons.filter((reason) => reasons.has(reason))]);
}
