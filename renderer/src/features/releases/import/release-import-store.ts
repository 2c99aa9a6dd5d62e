import { create } from 'zustand';
import type { ReleaseImportOutcome } from '@shared/schemas/release-import';

interface ReleaseImportState {
  /** The import waiting for the person to review it, or null. */
  outcome: Exclude<ReleaseImportOutcome, { kind: 'cancelled' }> | null;
  /** True while a file is being read. */
  reading: boolean;
  show: (outcome: ReleaseImportOutcome) => void;
  setReading: (reading: boolean) => void;
  close: () => void;
}

/** The release import in progress: what the file gave, shown for review before a draft is made. */
export const useReleaseImport = create<ReleaseImportState>()((set) => ({
  outcome: null,
  reading: false,
  show: (outcome) => set({ outcome: outcome.kind === 'cancelled' ? null : outcome, reading: false }),
  setReading: (reading) => set({ reading }),
  close: () => set({ outcome: null }),
}));
