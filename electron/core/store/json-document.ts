import { rm } from 'node:fs/promises';
import { Low } from 'lowdb';
import { AppFailure } from '../../shared/result';
import type { StoreNotice } from '../../shared/schemas/store-notice';
import { AtomicJsonAdapter } from './atomic-json-adapter';
import type { DocumentCodec } from './document-codec';
import { quarantineFile } from './quarantine';
import { NewerVersionError, UnreadableFileError } from './store-file-error';

export interface OpenDocumentOptions<T> {
  dataDir: string;
  path: string;
  codec: DocumentCodec<T>;
  /** The data to start from when the file does not exist or had to be quarantined. */
  defaults: () => T;
  /**
   * Read the file and never write: every change is refused with READ_ONLY, and a file that cannot
   * be trusted fails the open instead of being quarantined, since setting files aside is for the
   * program that holds the store lock (see `OpenStoreOptions.readOnly`).
   */
  readOnly?: boolean;
  /**
   * Puts back the newest good copy of a file that had to be set aside, from the backups; resolves
   * with when that backup was taken, or null when none has a good copy.
   */
  recover?: (path: string) => Promise<{ takenAt: string } | null>;
  /** Told whenever the file's writes start failing or succeed again (see {@link WriteState}). */
  onWriteState?: (state: WriteState) => void;
}

/** Whether a document's last write failed (and its changes wait in memory for a retry). */
export interface WriteState {
  path: string;
  /** The system's error code of the failed write (ENOSPC, EIO…), or null once a write succeeded. */
  failure: string | null;
}

/** After a failed write, the next try comes this long after, doubling up to the maximum. */
export const WRITE_RETRY_FIRST_MS = 1_000;
export const WRITE_RETRY_MAX_MS = 30_000;

export interface OpenedDocument<T> {
  document: JsonDocument<T>;
  /** Set when the file was quarantined or is from a newer version. */
  notice: StoreNotice | null;
}

/** How a document's file was found when it was opened. */
export type DocumentOrigin = 'loaded' | 'missing' | 'quarantined' | 'newer-version';

/**
 * One store file held in memory through one lowdb `Low` over an atomic adapter. A file that cannot
 * be trusted is quarantined and, when a backup has a good copy, recovered from it; otherwise it is
 * replaced, in memory only, by defaults. A file from a newer version is open read-only. Nothing here
 * ever writes over a file that failed to load.
 *
 * A write that fails (a full disk) leaves the file as it was and the change in memory, and is tried
 * again by itself, less and less often, until it lands or the document is closed.
 */
export class JsonDocument<T> {
  /** The change in memory that the disk refused, waiting for a retry. */
  #unsaved = false;
  #retryTimer: ReturnType<typeof setTimeout> | null = null;
  #retryDelay = WRITE_RETRY_FIRST_MS;
  #closed = false;

  private constructor(
    private readonly low: Low<T>,
    private readonly adapter: AtomicJsonAdapter<T>,
    readonly origin: DocumentOrigin,
    private readonly openedReadOnly = false,
    private readonly onWriteState?: (state: WriteState) => void,
  ) {}

  static async open<T>({
    dataDir,
    path,
    codec,
    defaults,
    readOnly = false,
    recover,
    onWriteState,
  }: OpenDocumentOptions<T>): Promise<OpenedDocument<T>> {
    const adapter = new AtomicJsonAdapter(path, codec);
    const low = new Low<T>(adapter, defaults());
    const document = (origin: DocumentOrigin) =>
      new JsonDocument(low, adapter, origin, readOnly, onWriteState);
    try {
      const found = await adapter.read();
      if (found === null) return { document: document('missing'), notice: null };
      low.data = found;
      return { document: document('loaded'), notice: null };
    } catch (error) {
      if (error instanceof NewerVersionError) {
        if (error.readableData !== undefined) low.data = error.readableData as T;
        return {
          document: document('newer-version'),
          notice: {
            kind: 'newer-version',
            file: path,
            fileVersion: error.fileVersion,
            supportedVersion: error.supportedVersion,
          },
        };
      }
      if (error instanceof UnreadableFileError && readOnly) {
        throw new AppFailure(
          'INTERNAL',
          `${path} cannot be read (${error.message}); open Newsroom, which sets it aside and restores it from a backup`,
          { cause: error },
        );
      }
      if (error instanceof UnreadableFileError) {
        const quarantinedTo = await quarantineFile(dataDir, path);
        const recovered = await recoverCopy(adapter, recover);
        if (recovered) {
          low.data = recovered.data;
          return {
            document: document('loaded'),
            notice: {
              kind: 'recovered',
              file: path,
              quarantinedTo,
              reason: error.message,
              backupTakenAt: recovered.takenAt,
            },
          };
        }
        return {
          document: document('quarantined'),
          notice: { kind: 'quarantined', file: path, quarantinedTo, reason: error.message },
        };
      }
      throw error;
    }
  }

  get path(): string {
    return this.adapter.path;
  }

  /** The current data. Change it only through `update`, which also writes it. */
  get data(): Readonly<T> {
    return this.low.data;
  }

  get readOnly(): boolean {
    return this.openedReadOnly || this.origin === 'newer-version';
  }

  /**
   * Applies `mutate` to the data and resolves once the result is on disk. The change stays in memory
   * even if the write fails, so the next successful write carries it.
   */
  async update(mutate: (data: T) => void): Promise<void> {
    this.assertWritable();
    mutate(this.low.data);
    await this.write();
  }

  /** Replaces the whole content and resolves once it is on disk. */
  async replace(data: T): Promise<void> {
    this.assertWritable();
    this.low.data = data;
    await this.write();
  }

  private assertWritable(): void {
    if (this.openedReadOnly) throw new AppFailure('READ_ONLY', `${this.path} was opened read-only`);
    if (this.readOnly) {
      throw new AppFailure(
        'READ_ONLY',
        `${this.path} was written by a newer version of Newsroom and is read-only`,
      );
    }
  }

  private async write(): Promise<void> {
    try {
      await this.low.write();
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? 'unknown error';
      this.writeFailed(code);
      throw new AppFailure('WRITE_FAILED', `Could not save ${this.path} (${code})`, { cause: error });
    }
    this.writeSucceeded();
  }

  private writeFailed(code: string): void {
    if (!this.#unsaved) this.onWriteState?.({ path: this.path, failure: code });
    this.#unsaved = true;
    if (this.#retryTimer || this.#closed) return;
    this.#retryTimer = setTimeout(() => void this.retry(), this.#retryDelay);
    // A retry waiting for room on the disk must not keep a command-line process alive.
    this.#retryTimer.unref?.();
    this.#retryDelay = Math.min(this.#retryDelay * 2, WRITE_RETRY_MAX_MS);
  }

  private writeSucceeded(): void {
    if (this.#retryTimer) clearTimeout(this.#retryTimer);
    this.#retryTimer = null;
    this.#retryDelay = WRITE_RETRY_FIRST_MS;
    if (this.#unsaved) this.onWriteState?.({ path: this.path, failure: null });
    this.#unsaved = false;
  }

  /** Writes again what the disk refused; on failure, schedules the next try. */
  private async retry(): Promise<void> {
    this.#retryTimer = null;
    if (!this.#unsaved || this.#closed) return;
    try {
      await this.write();
    } catch {
      // write() scheduled the next try and reported the failure.
    }
  }

  /** Whether a change is held in memory that the disk refused. */
  get unsaved(): boolean {
    return this.#unsaved;
  }

  /** Resolves when every write asked so far has finished. */
  whenIdle(): Promise<void> {
    return this.adapter.whenIdle();
  }

  /** Stops retrying: the store is closing. A change still unsaved is lost with the process. */
  close(): void {
    this.#closed = true;
    if (this.#retryTimer) clearTimeout(this.#retryTimer);
    this.#retryTimer = null;
  }
}

/**
 * The recovered copy of a file just set aside, read and checked like the original; null when no
 * backup has one, or when the one it had does not pass the checks either (an older backup written
 * before a migration, say): that copy is removed again, since the backup still holds it.
 */
async function recoverCopy<T>(
  adapter: AtomicJsonAdapter<T>,
  recover: OpenDocumentOptions<T>['recover'],
): Promise<{ data: T; takenAt: string } | null> {
  const from = await recover?.(adapter.path);
  if (!from) return null;
  try {
    const data = await adapter.read();
    return data === null ? null : { data, takenAt: from.takenAt };
  } catch {
    await rm(adapter.path, { force: true });
    return null;
  }
}
