import type { CsvColumnTargetInput, CsvSetup } from '../../shared/schemas/contact-transfer';
import type { CsvColumnTarget, CsvMapping } from '../contacts-io/csv/csv-mapping';
import type { CsvPreview } from '../contacts-io/csv/read-csv';

/*
 * The app's contract carries a CSV mapping as a list of targets in header order, not as core's
 * object keyed by header: a header is any text of the file, "__proto__" included, and an object
 * keyed by it would not survive the trip. The two functions below are typed both ways, so that the
 * contract's schema and contacts-io's CsvColumnTarget cannot drift apart without a compile error.
 */

/** A target as the contract carries it, as contacts-io types it (the schema has the same shape). */
function coreTarget(target: CsvColumnTargetInput): CsvColumnTarget {
  return target;
}

/** A target of contacts-io, as the contract carries it. */
function contractTarget(target: CsvColumnTarget): CsvColumnTargetInput {
  return target;
}

const ignore: CsvColumnTarget = { field: 'ignore' };

/** What the mapping step shows of a CSV file: its columns, first rows and the mapping to confirm. */
export function csvSetupOf(preview: CsvPreview, mapping: CsvMapping = preview.mapping): CsvSetup {
  return {
    headers: preview.headers,
    rows: preview.rows,
    delimiter: preview.delimiter,
    layout: preview.layout,
    targets: preview.headers.map((header) =>
      contractTarget(Object.hasOwn(mapping, header) ? (mapping[header] ?? ignore) : ignore),
    ),
  };
}

/**
 * The mapping core reads a file with, from the targets the person confirmed, one per header in
 * order. Object.fromEntries defines each header as an own property, whatever its text.
 */
export function mappingOf(headers: readonly string[], targets: readonly CsvColumnTargetInput[]): CsvMapping {
  return Object.fromEntries(headers.map((header, index) => [header, coreTarget(targets[index] ?? ignore)]));
}
