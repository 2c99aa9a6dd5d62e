/** One kind of fault, as the fault suite's table shows it. */
export interface FaultRow {
  fault: string;
  trials: number;
  /** Trials in which the app did something other than what it must. */
  failures: number;
  /** Acknowledged writes, or files, that were not there afterwards. */
  dataLost: number;
  /** How the fault was made, or what was checked. */
  note: string;
  /** What went wrong, one line each, for the log. */
  problems: string[];
}

/** A row being filled in by a fault's trials. */
export function emptyRow(fault: string, note: string): FaultRow {
  return { fault, trials: 0, failures: 0, dataLost: 0, note, problems: [] };
}

/** Counts a failed trial with its reason. */
export function fail(row: FaultRow, problem: string): void {
  row.failures += 1;
  row.problems.push(problem);
}
