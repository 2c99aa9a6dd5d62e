import { create } from 'zustand';
import type {
  ContactImportProgress,
  ContactImportStep,
  CsvColumnTargetInput,
  ImportDecision,
} from '@shared/schemas/contact-transfer';

type Refused = Extract<ContactImportStep, { kind: 'refused' }>;
type NeedsMapping = Extract<ContactImportStep, { kind: 'needs-mapping' }>;
export type PlannedImport = Extract<ContactImportStep, { kind: 'planned' }>;

/** Where the import dialog is. */
export type ContactImportView =
  | { name: 'idle' }
  /** A file is being read (or read again with a new mapping); `fileName` is null until main names it. */
  | { name: 'reading'; fileName: string | null; progress: ContactImportProgress | null; cancelling: boolean }
  | { name: 'refused'; step: Refused }
  /**
   * The columns of a CSV file, to map: `step` is what was read (a file whose layout was not
   * recognised, or a planned one whose mapping the person wants to change); `targets` the choices.
   */
  | { name: 'mapping'; step: NeedsMapping | PlannedImport; targets: CsvColumnTargetInput[] }
  /** The plan, with what to do with duplicates: one choice for all, and the ones decided apart. */
  | {
      name: 'preview';
      step: PlannedImport;
      duplicates: ImportDecision;
      decisions: Readonly<Record<number, ImportDecision>>;
      applying: boolean;
    };

interface ContactImportState {
  view: ContactImportView;
  startReading: (fileName: string | null) => void;
  progress: (progress: ContactImportProgress) => void;
  cancelling: () => void;
  /** What main said after reading: the next view. */
  received: (step: ContactImportStep) => void;
  setTarget: (column: number, target: CsvColumnTargetInput) => void;
  /** From the preview of a CSV file, back to its columns. */
  editMapping: () => void;
  /** From the columns, back to the preview they came from, unchanged. */
  backToPreview: () => void;
  decide: (index: number, decision: ImportDecision) => void;
  /** "Apply to all": one choice for every duplicate, forgetting the ones made apart. */
  decideAll: (decision: ImportDecision) => void;
  setApplying: (applying: boolean) => void;
  close: () => void;
}

/**
 * Merging is the default for a duplicate: it keeps everything both hold (a value that differs goes
 * to the notes), where keeping both makes a second card to tidy up and skipping drops the file's news.
 */
export const DEFAULT_DUPLICATE_DECISION: ImportDecision = 'merge';

const idle: ContactImportView = { name: 'idle' };

function viewOf(step: ContactImportStep): ContactImportView {
  switch (step.kind) {
    case 'cancelled':
      return idle;
    case 'refused':
      return { name: 'refused', step };
    case 'needs-mapping':
      return { name: 'mapping', step, targets: [...step.csv.targets] };
    case 'planned':
      return {
        name: 'preview',
        step,
        duplicates: DEFAULT_DUPLICATE_DECISION,
        decisions: {},
        applying: false,
      };
  }
}

/** The contact import under way: reading, mapping columns, the preview with its decisions. */
export const useContactImport = create<ContactImportState>()((set) => ({
  view: idle,
  startReading: (fileName) => set({ view: { name: 'reading', fileName, progress: null, cancelling: false } }),
  progress: (progress) => set(({ view }) => (view.name === 'reading' ? { view: { ...view, progress } } : {})),
  cancelling: () =>
    set(({ view }) => (view.name === 'reading' ? { view: { ...view, cancelling: true } } : {})),
  received: (step) => set({ view: viewOf(step) }),
  setTarget: (column, target) =>
    set(({ view }) => {
      if (view.name !== 'mapping' || column < 0 || column >= view.targets.length) return {};
      const targets = [...view.targets];
      targets[column] = target;
      return { view: { ...view, targets } };
    }),
  editMapping: () =>
    set(({ view }) =>
      view.name === 'preview' && view.step.csv
        ? { view: { name: 'mapping', step: view.step, targets: [...view.step.csv.targets] } }
        : {},
    ),
  backToPreview: () =>
    set(({ view }) =>
      view.name === 'mapping' && view.step.kind === 'planned' ? { view: viewOf(view.step) } : {},
    ),
  decide: (index, decision) =>
    set(({ view }) =>
      view.name === 'preview'
        ? { view: { ...view, decisions: { ...view.decisions, [index]: decision } } }
        : {},
    ),
  decideAll: (decision) =>
    set(({ view }) =>
      view.name === 'preview' ? { view: { ...view, duplicates: decision, decisions: {} } } : {},
    ),
  setApplying: (applying) =>
    set(({ view }) => (view.name === 'preview' ? { view: { ...view, applying } } : {})),
  close: () => set({ view: idle }),
}));

/** What a duplicate will become: its own decision, or the one for all. */
export function decisionFor(
  view: Extract<ContactImportView, { name: 'preview' }>,
  index: number,
): ImportDecision {
  return view.decisions[index] ?? view.duplicates;
}

/**
 * What applying will do, for the Import button: new records are added; each duplicate is merged,
 * added beside its match, or skipped as decided.
 */
export function importOutcome(view: Extract<ContactImportView, { name: 'preview' }>): {
  added: number;
  merged: number;
  skipped: number;
} {
  const { counts } = view.step;
  const own = Object.values(view.decisions);
  const tally = { merge: 0, 'keep-both': 0, skip: 0 } satisfies Record<ImportDecision, number>;
  for (const decision of own) tally[decision]++;
  tally[view.duplicates] += counts.duplicates - own.length;
  return { added: counts.new + tally['keep-both'], merged: tally.merge, skipped: tally.skip };
}

/** Whether the mapping reads anything: a column must give a name or an organisation. */
export function mapsIdentity(targets: readonly CsvColumnTargetInput[]): boolean {
  return targets.some((target) =>
    ['givenName', 'familyName', 'fullName', 'organisation'].includes(target.field),
  );
}
