import { create } from 'zustand';
import type { ReleaseLanguage } from '@shared/languages';
import type { ReleaseStatus } from '@shared/schemas/release';

export type ReleaseSortChoice = 'updated' | 'created' | 'dateline' | 'reference' | 'headline';

interface ReleaseListState {
  text: string;
  statuses: ReleaseStatus[];
  languages: ReleaseLanguage[];
  years: number[];
  tags: string[];
  archived: boolean;
  sort: ReleaseSortChoice;
  set: (patch: Partial<Omit<ReleaseListState, 'set'>>) => void;
}

/** The release list's search and filters, kept while the person opens releases and comes back. */
export const useReleaseList = create<ReleaseListState>()((set) => ({
  text: '',
  statuses: [],
  languages: [],
  years: [],
  tags: [],
  archived: false,
  sort: 'updated',
  set: (patch) => set(patch),
}));
