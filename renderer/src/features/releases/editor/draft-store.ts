import { createStore, type StoreApi } from 'zustand';
import type { Release } from '@shared/schemas/release';

export type SaveStatus = 'saved' | 'unsaved' | 'saving' | 'failed';

export interface DraftState {
  /** The release as the person sees it now, ahead of what is on disk. */
  release: Release;
  /** Counts changes, so that a save knows whether more were made while it was on its way. */
  version: number;
  savedVersion: number;
  status: SaveStatus;
  set: <K extends keyof Release>(field: K, value: Release[K]) => void;
  /** Takes a release from main as the new state (after a restore, a numbering, a status change). */
  replace: (release: Release) => void;
}

export type DraftStore = StoreApi<DraftState>;

/**
 * The release being edited, outside React's render cycle: each field subscribes to its own value,
 * so a keystroke in the headline does not re-render the body editor, and the autosave and the
 * preview follow changes without rendering anything.
 */
export function createDraftStore(initial: Release): DraftStore {
  return createStore<DraftState>()((setState) => ({
    release: initial,
    version: 0,
    savedVersion: 0,
    status: 'saved',
    set: (field, value) =>
      setState((state) => ({
        release: { ...state.release, [field]: value },
        version: state.version + 1,
        status: 'unsaved',
      })),
    replace: (release) =>
      setState((state) => ({
        release,
        version: state.version + 1,
        savedVersion: state.version + 1,
        status: 'saved',
      })),
  }));
}
