import type { Contact } from '../../shared/schemas/contact';
import type { ContactImportPage, ImportRecordView } from '../../shared/schemas/contact-transfer';
import type { ParsedContact } from '../contacts-io/import-result';
import type { ImportPlan, PlannedRecord } from './plan-import';

/** The records of a plan by status, worked out once: the preview asks for them a page at a time. */
export interface PlanIndex {
  plan: ImportPlan;
  newRecords: PlannedRecord[];
  duplicates: PlannedRecord[];
}

export function indexPlan(plan: ImportPlan): PlanIndex {
  return {
    plan,
    newRecords: plan.records.filter((planned) => planned.status === 'new'),
    duplicates: plan.records.filter((planned) => planned.status === 'duplicate'),
  };
}

/** A record as the preview shows it: its fields, and whether it brings a photo (never the bytes). */
function recordView({ photo, ...fields }: ParsedContact): ImportRecordView {
  return { ...fields, hasPhoto: photo !== undefined };
}

/**
 * One page of the preview. Duplicates come with the existing contact a merge would go into, as the
 * directory holds it now (a match deleted since the file was read is passed over, as applying does).
 */
export function previewPage(
  { plan, newRecords, duplicates }: PlanIndex,
  kind: ContactImportPage['kind'],
  offset: number,
  limit: number,
  find: (id: string) => Contact | undefined,
): ContactImportPage {
  const window = <T>(items: readonly T[]) => items.slice(offset, offset + limit);
  switch (kind) {
    case 'new':
      return {
        kind,
        total: newRecords.length,
        items: window(newRecords).map((planned) => ({
          index: planned.index,
          record: recordView(planned.record),
        })),
      };
    case 'duplicate':
      return {
        kind,
        total: duplicates.length,
        items: window(duplicates).map((planned) => {
          const found = planned.duplicates.flatMap((match) => {
            const contact = find(match.contactId);
            return contact ? [{ contact, reasons: match.reasons }] : [];
          });
          const same = planned.sameAsRecord;
          const earlier = same ? plan.records[same.recordIndex] : undefined;
          return {
            index: planned.index,
            record: recordView(planned.record),
            match: found[0] ?? null,
            otherMatches: Math.max(0, found.length - 1),
            sameAsRecord:
              same && earlier
                ? { index: same.recordIndex, record: recordView(earlier.record), reasons: same.reasons }
                : null,
          };
        }),
      };
    case 'rejected':
      return {
        kind,
        total: plan.rejected.length,
        items: window(plan.rejected).map(({ record, line, reason }) =>
          line === undefined ? { record, reason } : { record, line, reason },
        ),
      };
  }
}
