import { relative } from 'node:path';
import type { StoreNotice } from '../../shared/schemas/store-notice';
import { recoverFile } from '../backup/recover-file';
import type { DocumentCodec } from './document-codec';
import { JsonDocument, type WriteState } from './json-document';

/** One store file: where it is, how it is read and written, and what it holds when it is not there. */
export interface DocumentSpec<T> {
  path: string;
  codec: DocumentCodec<T>;
  defaults: () => T;
}

/** Why the store cannot save right now: the system's error and the files waiting in memory. */
export interface SaveProblem {
  code: string;
  files: string[];
}

/**
 * Opens the store's files, all the same way, and keeps what the person must be told about them:
 * read-only or not as the store was opened; a bad file set aside and recovered from the newest
 * backup with a good copy; a notice for each file that was not as it should be, whenever it is
 * opened (releases and their history are opened when first needed); and which files the disk is
 * refusing. `onChange` is called when either of those changes.
 */
export class StoreFiles {
  readonly #notices: StoreNotice[] = [];
  readonly #failing = new Map<string, string>();
  readonly #documents = new Set<JsonDocument<unknown>>();

  constructor(
    private readonly dataDir: string,
    private readonly readOnly: boolean,
    private readonly onChange: () => void,
  ) {}

  async open<T>({ path, codec, defaults }: DocumentSpec<T>): Promise<JsonDocument<T>> {
    const { document, notice } = await JsonDocument.open<T>({
      dataDir: this.dataDir,
      path,
      codec,
      defaults,
      readOnly: this.readOnly,
      recover: async (bad) => {
        try {
          const recovered = await recoverFile(this.dataDir, relative(this.dataDir, bad));
          return recovered ? { takenAt: recovered.from.createdAt } : null;
        } catch {
          // A backup that cannot be read or a copy that cannot be written: start from defaults,
          // as without a backup; the bad file is kept in quarantine either way.
          return null;
        }
      },
      onWriteState: (state) => this.writeStateChanged(state),
    });
    this.#documents.add(document as JsonDocument<unknown>);
    if (notice) {
      this.#notices.push(notice);
      this.onChange();
    }
    return document;
  }

  /** Adds a notice about the files that no single open gives (an index rebuilt from the files). */
  report(notice: StoreNotice): void {
    this.#notices.push(notice);
    this.onChange();
  }

  /** What happened to the store's files since it was opened, oldest first. */
  get notices(): readonly StoreNotice[] {
    return this.#notices;
  }

  /** Null while every write lands. */
  get saveProblem(): SaveProblem | null {
    const codes = [...this.#failing.values()];
    return codes.length === 0 ? null : { code: codes[0]!, files: [...this.#failing.keys()] };
  }

  /** Stops every retry: the store is closing. */
  close(): void {
    for (const document of this.#documents) document.close();
  }

  private writeStateChanged({ path, failure }: WriteState): void {
    if (failure === null) this.#failing.delete(path);
    else this.#failing.set(path, failure);
    this.onChange();
  }
}
