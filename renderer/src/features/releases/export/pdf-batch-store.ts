import { create } from 'zustand';
import type { PdfBatchOutcome, PdfExportProgress } from '@shared/schemas/pdf-export';

type FinishedBatch = Extract<PdfBatchOutcome, { kind: 'finished' }>;

interface PdfBatchState {
  /** Idle; waiting for the folder dialog and then the releases; or showing what the batch did. */
  phase: 'idle' | 'running' | 'finished';
  total: number;
  completed: number;
  /** The person pressed Cancel: the release being printed is finished, the rest skipped. */
  cancelling: boolean;
  /** The headline of each release of the batch, to name the ones that failed. */
  headlines: Readonly<Record<string, string>>;
  outcome: FinishedBatch | null;
  start: (releases: readonly { id: string; headline: string }[]) => void;
  progress: (progress: PdfExportProgress) => void;
  cancel: () => void;
  finish: (outcome: FinishedBatch) => void;
  reset: () => void;
}

const idle = {
  phase: 'idle',
  total: 0,
  completed: 0,
  cancelling: false,
  headlines: {},
  outcome: null,
} as const;

/** The batch export to PDF under way, or just finished, which the batch dialog shows. */
export const usePdfBatch = create<PdfBatchState>()((set) => ({
  ...idle,
  start: (releases) =>
    set({
      ...idle,
      phase: 'running',
      total: releases.length,
      headlines: Object.fromEntries(releases.map((release) => [release.id, release.headline])),
    }),
  progress: ({ completed, total }) => set({ completed, total }),
  cancel: () => set({ cancelling: true }),
  finish: (outcome) => set({ phase: 'finished', outcome }),
  reset: () => set(idle),
}));
