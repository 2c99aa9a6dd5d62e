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
}

export interface OpenedDocument<T> {
  document: JsonDocument<T>;
  /** Set when the file was quarantined or is from a newer version. */
  notice: StoreNotice | null;
}

/** How a document's file was found when it was opened. */
export type DocumentOrigin = 'loaded' | 'missing' | 'quarantined' | 'newer-version';

/**
 * One store file held in memory through one lowdb `Low` over an atomic adapter. A file that cannot
 * be trusted is quarantined and replaced, in memory only, by defaults; a file from a newer version
 * is open read-only. Nothing here ever writes over a file that failed to load.
 */
export class JsonDocument<T> {
  private constructor(
    private readonly low: Low<T>,
    private readonly adapter: AtomicJsonAdapter<T>,
    readonly origin: DocumentOrigin,
  ) {}

  static async open<T>({
    dataDir,
    path,
    codec,
    defaults,
  }: OpenDocumentOptions<T>): Promise<OpenedDocument<T>> {
    const adapter = new AtomicJsonAdapter(path, codec);
    const low = new Low<T>(adapter, defaults());
    try {
      const found = await adapter.read();
      if (found === null) return { document: new JsonDocument(low, adapter, 'missing'), notice: null };
      low.data = found;
      return { document: new JsonDocument(low, adapter, 'loaded'), notice: null };
    } catch (error) {
      if (error instanceof NewerVersionError) {
        if (error.readableData !== undefined) low.data = error.readableData as T;
        return {
          document: new JsonDocument(low, adapter, 'newer-version'),
          notice: {
            kind: 'newer-version',
            file: path,
            fileVersion: error.fileVersion,
            supportedVersion: error.supportedVersion,
          },
        };
      }
      if (error instanceof UnreadableFileError) {
        const quarantinedTo = await quarantineFile(dataDir, path);
        return {
          document: new JsonDocument(low, adapter, 'quarantined'),
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
    return this.origin === 'newer-version';
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
      throw new AppFailure('WRITE_FAILED', `Could not save ${this.path} (${code})`, { cause: error });
    }
  }

  /** Resolves when every write asked so far has finished. */
  whenIdle(): Promise<void> {
    return this.adapter.whenIdle();
  }
}
