import type { StoreChange } from '../../shared/ipc/events';

export type StoreScope = StoreChange['scope'];
export type StoreListener = (change: StoreChange) => void;

/** Tells the app what changed in the store, so that main can refresh the renderer's views. */
export class StoreEvents {
  readonly #listeners = new Set<StoreListener>();

  subscribe(listener: StoreListener): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  emit(scope: StoreScope): void {
    for (const listener of this.#listeners) listener({ scope });
  }
}
