import type { StoreChange } from '../../shared/ipc/events';
import { NewsroomStore, type OpenStoreOptions } from './newsroom-store';
import { StoreEvents, type StoreListener } from './store-events';

/** Whatever gives access to the open store; handlers look it up on every call. */
export interface StoreAccess {
  readonly store: NewsroomStore;
}

/**
 * The store of a running app (or harness, or command), which can be closed and opened again in
 * place, as a restore from a backup needs, while everything that holds the session keeps working:
 * handlers read `session.store` on each call, and listeners of `session.events` follow each store.
 */
export class StoreSession implements StoreAccess {
  readonly events = new StoreEvents();
  #store: NewsroomStore;
  #stopForwarding: () => void;

  private constructor(
    store: NewsroomStore,
    private readonly options: OpenStoreOptions,
  ) {
    this.#store = store;
    this.#stopForwarding = this.forward(store);
  }

  static async open(options: OpenStoreOptions): Promise<StoreSession> {
    return new StoreSession(await NewsroomStore.open(options), options);
  }

  get store(): NewsroomStore {
    return this.#store;
  }

  /**
   * Closes the store, runs `change` on its folder while nothing holds it, and opens it again,
   * whether `change` succeeded or not. Listeners are told that everything changed.
   */
  async withStoreClosed<T>(change: (dataDir: string) => Promise<T>): Promise<T> {
    const dataDir = this.#store.dataDir;
    this.#stopForwarding();
    await this.#store.close();
    try {
      return await change(dataDir);
    } finally {
      this.#store = await NewsroomStore.open({ ...this.options, seedSampleOnFirstRun: false });
      this.#stopForwarding = this.forward(this.#store);
      for (const scope of ['settings', 'releases', 'contacts', 'lists'] as const) this.events.emit(scope);
    }
  }

  subscribe(listener: StoreListener): () => void {
    return this.events.subscribe(listener);
  }

  async close(): Promise<void> {
    this.#stopForwarding();
    await this.#store.close();
  }

  private forward(store: NewsroomStore): () => void {
    return store.events.subscribe((change: StoreChange) => this.events.emit(change.scope));
  }
}
