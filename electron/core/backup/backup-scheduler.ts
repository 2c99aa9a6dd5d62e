import type { StoreSession } from '../store/store-session';
import type { BackupInfo } from './backup-info';
import { createBackup } from './create-backup';
import { pruneBackups } from './prune-backups';

/** A backup every 15 minutes while something changed, as Actual Budget does. */
export const BACKUP_INTERVAL_MS = 15 * 60 * 1000;

export interface BackupSchedulerOptions {
  intervalMs?: number;
  clock?: () => Date;
  /** Where a failed backup is reported; a failure never stops the app or the next backup. */
  onError: (error: unknown) => void;
}

/**
 * Takes the rolling backups of a running app: one at start, then one every 15 minutes while there
 * were changes, each followed by pruning. Backups wait for pending writes, so each one holds what
 * was acknowledged as saved.
 */
export class BackupScheduler {
  #timer: ReturnType<typeof setInterval> | undefined;
  #changed = false;
  #running: Promise<BackupInfo | null> = Promise.resolve(null);
  readonly #stopListening: () => void;

  constructor(
    private readonly session: StoreSession,
    private readonly options: BackupSchedulerOptions,
  ) {
    this.#stopListening = session.subscribe(() => {
      this.#changed = true;
    });
  }

  /** Takes the start-up backup, then starts the timer. */
  start(): Promise<BackupInfo | null> {
    this.#timer = setInterval(() => {
      if (this.#changed) void this.backUp('interval');
    }, this.options.intervalMs ?? BACKUP_INTERVAL_MS);
    return this.backUp('start');
  }

  /** One backup now, after any backup already under way. */
  backUp(reason: 'start' | 'interval' | 'manual'): Promise<BackupInfo | null> {
    this.#running = this.#running.then(async () => {
      try {
        this.#changed = false;
        const { store } = this.session;
        await store.whenIdle();
        const now = this.options.clock?.() ?? new Date();
        const backup = await createBackup(store.dataDir, { reason, now });
        await pruneBackups(store.dataDir, now);
        return backup;
      } catch (error) {
        this.#changed = true;
        this.options.onError(error);
        return null;
      }
    });
    return this.#running;
  }

  /** Stops the timer and waits for a backup under way. */
  async stop(): Promise<void> {
    clearInterval(this.#timer);
    this.#stopListening();
    await this.#running;
  }
}
