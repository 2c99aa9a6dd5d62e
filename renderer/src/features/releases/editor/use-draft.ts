import { createContext, useContext } from 'react';
import { useStore } from 'zustand';
import type { Release } from '@shared/schemas/release';
import type { DraftState, DraftStore } from './draft-store';

/** The draft store of the release being edited, for the editor's fields. */
export const DraftContext = createContext<DraftStore | null>(null);

export function useDraftStore(): DraftStore {
  const store = useContext(DraftContext);
  if (!store) throw new Error('useDraftStore is used outside the release editor');
  return store;
}

/** One field of the draft and its setter: the component re-renders when that field changes only. */
export function useDraftField<K extends keyof Release>(field: K): [Release[K], (value: Release[K]) => void] {
  const store = useDraftStore();
  const value = useStore(store, (state: DraftState) => state.release[field]);
  return [value, (next) => store.getState().set(field, next)];
}
