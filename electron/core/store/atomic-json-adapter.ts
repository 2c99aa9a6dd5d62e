import { readFile } from 'node:fs/promises';
import type { Adapter } from 'lowdb';
import { writeFileAtomically } from './atomic-write';
import { deferred, type Deferred } from './deferred';
import type { DocumentCodec } from './document-codec';

/**
 * lowdb adapter for one store file: decodes with the file's codec (which validates and migrates),
 * and writes atomically and durably, one write at a time.
 *
 * Writes are serialised and coalesced: while one is on its way to disk, later ones collapse into a
 * single pending write of the newest data, and every caller's promise resolves only once data that
 * includes its change is on disk. That keeps a burst of edits to one or two disk writes without ever
 * acknowledging a change that has not been written.
 */
export class AtomicJsonAdapter<T> implements Adapter<T> {
  #running = false;
  #pending: { text: string; done: Deferred<void> } | null = null;
  #idle: Deferred<void> | null = null;

  constructor(
    readonly path: string,
    private readonly codec: DocumentCodec<T>,
  ) {}

  /** The decoded data, or `null` when the file does not exist yet. Throws for a bad file. */
  async read(): Promise<T | null> {
    let text: string;
    try {
      text = await readFile(this.path, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw error;
    }
    return this.codec.decode(text);
  }

  write(data: T): Promise<void> {
    // Encode now: the caller may change `data` again before the disk is free.
    const text = this.codec.encode(data);
    if (this.#pending) {
      this.#pending.text = text;
      return this.#pending.done.promise;
    }
    const done = deferred();
    this.#pending = { text, done };
    void this.#drain();
    return done.promise;
  }

  /** Resolves when nothing is pending or being written. Never rejects. */
  whenIdle(): Promise<void> {
    if (!this.#running) return Promise.resolve();
    this.#idle ??= deferred();
    return this.#idle.promise;
  }

  async #drain(): Promise<void> {
    if (this.#running) return;
    this.#running = true;
    while (this.#pending) {
      const job = this.#pending;
      this.#pending = null;
      try {
        await writeFileAtomically(this.path, job.text);
        job.done.resolve();
      } catch (error) {
        job.done.reject(error);
      }
    }
    this.#running = false;
    this.#idle?.resolve();
    this.#idle = null;
  }
}
