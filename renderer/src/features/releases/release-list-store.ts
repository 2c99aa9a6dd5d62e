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
  /** The releases ticked in the list, with their headlines, for a batch export. */
  selected: Readonly<Record<string, string>>;
  set: (patch: Partial<Omit<ReleaseListState, 'set' | 'toggle' | 'select'>>) => void;
  toggle: (release: { id: string; headline: string }) => void;
  /** Selects exactly `releases` (select all shown), or nothing with an empty list. */
  select: (releases: readonly { id: string; headline: string }[]) => void;
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
  selected: {},
  set: (patch) => set(patch),
  toggle: ({ id, headline }) =>
    set(({ selected }) => {
      const { [id]: wasSelected, ...others } = selected;
      return { selected: wasSelected === undefined ? { ...selected, [id]: headline } : others };
    }),
  select: (releases) =>
    set({ selected: Object.fromEntries(releases.map((release) => [release.id, release.headline])) }),
}));
