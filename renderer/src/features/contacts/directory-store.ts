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
  editor: ContactEditorState;
  /** What the last query found: how many rows, whether they arrived, whether search is ready. */
  result: { total: number; loaded: boolean; indexReady: boolean };
  setResult: (result: DirectoryState['result']) => void;
  setText: (text: string) => void;
  setFilter: (facet: keyof ContactFilters, values: string[]) => void;
  clearFilters: () => void;
  sortBy: (column: ContactSortColumn) => void;
  select: (id: string | null) => void;
  openEditor: (editor: ContactEditorState) => void;
}

/** The directory's search, filters, order, selection and editor: kept while the person moves around the app. */
export const useDirectory = create<DirectoryState>()((set) => ({
  text: '',
  filters: noFilters,
  sort: { column: 'relevance', direction: 'asc' },
  selectedId: null,
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
  openEditor: (editor) => set({ editor }),
}));
