import { create } from 'zustand';
import type { ContactFilters, ContactSortColumn } from '@shared/schemas/contact-query';

export const noFilters: ContactFilters = {
  beats: [],
  organisations: [],
  countries: [],
  languages: [],
  tags: [],
  listIds: [],
};

export interface DirectorySort {
  column: ContactSortColumn;
  direction: 'asc' | 'desc';
}

/** What the contact editor is doing: nothing, adding a contact, or editing one. */
export type ContactEditorState =
  { mode: 'closed' } | { mode: 'create' } | { mode: 'edit'; contactId: string };

interface DirectoryState {
  text: string;
  filters: ContactFilters;
  sort: DirectorySort;
  selectedId: string | null;
  /** The rows ticked for an export, by id. Apart from `selectedId`, which is the row shown in detail. */
  ticked: Readonly<Record<string, true>>;
  editor: ContactEditorState;
  /** What the last query found: how many rows, whether they arrived, whether search is ready. */
  result: { total: number; loaded: boolean; indexReady: boolean };
  setResult: (result: DirectoryState['result']) => void;
  setText: (text: string) => void;
  setFilter: (facet: keyof ContactFilters, values: string[]) => void;
  clearFilters: () => void;
  sortBy: (column: ContactSortColumn) => void;
  select: (id: string | null) => void;
  toggleTicked: (id: string) => void;
  clearTicked: () => void;
  openEditor: (editor: ContactEditorState) => void;
}

/** The directory's search, filters, order, selection and editor: kept while the person moves around the app. */
export const useDirectory = create<DirectoryState>()((set) => ({
  text: '',
  filters: noFilters,
  sort: { column: 'relevance', direction: 'asc' },
  selectedId: null,
  ticked: {},
  editor: { mode: 'closed' },
  result: { total: 0, loaded: false, indexReady: true },
  setResult: (result) => set({ result }),
  setText: (text) => set({ text }),
  setFilter: (facet, values) => set((state) => ({ filters: { ...state.filters, [facet]: values } })),
  clearFilters: () => set({ filters: noFilters }),
  // A second click on the same column reverses it; relevance has no direction to reverse.
  sortBy: (column) =>
    set((state) => ({
      sort:
        state.sort.column === column && column !== 'relevance'
          ? { column, direction: state.sort.direction === 'asc' ? 'desc' : 'asc' }
          : { column, direction: 'asc' },
    })),
  select: (selectedId) => set({ selectedId }),
  toggleTicked: (id) =>
    set(({ ticked }) => {
      const { [id]: wasTicked, ...others } = ticked;
      return { ticked: wasTicked ? others : { ...ticked, [id]: true } };
    }),
  clearTicked: () => set({ ticked: {} }),
  openEditor: (editor) => set({ editor }),
}));
