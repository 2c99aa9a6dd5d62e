import type { Release } from '@shared/schemas/release';
import type { DraftStore } from './draft-store';

/** Saves come this long after the last change: a pause in typing, well within a second. */
export const AUTOSAVE_DELAY_MS = 400;

export interface Autosave {
  /** Saves now whatever is pending, and resolves when it is on disk. */
  flush: () => Promise<void>;
  stop: () => void;
}

/** After a failed save, the next try comes this long after, doubling up to the maximum. */
export const RETRY_FIRST_MS = 2_000;
export const RETRY_MAX_MS = 30_000;

/**
 * Saves the draft a moment after each change, one save at a time: changes made while a save is on
 * its way are saved right after it. A failed save (a full disk, say) keeps the text, says so in the
 * status until a save succeeds, and tries again by itself, less and less often, and at once on the
 * next change or flush.
 */
export function startAutosave(store: DraftStore, save: (release: Release) => Promise<Release>): Autosave {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let inFlight: Promise<void> | null = null;
  let retryDelay = RETRY_FIRST_MS;

  const saveNow = async (): Promise<void> => {
    clearTimeout(timer);
    if (inFlight) {
      await inFlight;
      return saveNow();
    }
    const { release, version, savedVersion } = store.getState();
    if (version === savedVersion) return;
    store.setState({ status: 'saving' });
    inFlight = save(release).then(
      (saved) => {
        retryDelay = RETRY_FIRST_MS;
        const state = store.getState();
        // Keep what was typed meanwhile; take main's timestamps for what was saved.
        store.setState({
          savedVersion: version,
          status: state.version === version ? 'saved' : 'unsaved',
          release: state.version === version ? saved : { ...state.release, updatedAt: saved.updatedAt },
        });
      },
      () => {
        store.setState({ status: 'failed' });
      },
    );
    try {
      await inFlight;
    } finally {
      inFlight = null;
    }
    if (store.getState().status === 'failed') {
      schedule(retryDelay);
      retryDelay = Math.min(retryDelay * 2, RETRY_MAX_MS);
    } else if (store.getState().version !== store.getState().savedVersion) {
      schedule();
    }
  };

  const schedule = (delay = AUTOSAVE_DELAY_MS) => {
    clearTimeout(timer);
    timer = setTimeout(() => void saveNow(), delay);
  };

  const unsubscribe = store.subscribe((state, previous) => {
    if (state.version !== previous.version && state.version !== state.savedVersion) schedule();
  });
  return {
    flush: saveNow,
    stop: () => {
      clearTimeout(timer);
      unsubscribe();
    },
  };
}
