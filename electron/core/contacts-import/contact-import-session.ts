import { randomUUID } from 'node:crypto';
import { stat } from 'node:fs/promises';
import { basename } from 'node:path';
import type {
  AppliedContactImport,
  ApplyContactImport,
  ContactImportPage,
  ContactImportProgress,
  ContactImportStep,
  CsvColumnTargetInput,
} from '../../shared/schemas/contact-transfer';
import { AppFailure } from '../../shared/result';
import type { CsvMapping } from '../contacts-io/csv/csv-mapping';
import type { CsvPreview } from '../contacts-io/csv/read-csv';
import { MAX_IMPORT_BYTES } from '../contacts-io/import-limits';
import type { NewsroomStore } from '../store/newsroom-store';
import { applyImport } from './apply-import';
import { csvSetupOf, mappingOf } from './csv-setup';
import { findContact } from './find-contact';
import { parseImportFile, type ParsedImportFile } from './import-file';
import { indexPlan, previewPage, type PlanIndex } from './import-preview-page';
import type { ImportSource } from './import-worker-protocol';
import { parseImportFileInWorker, type StartImportWorker } from './parse-in-worker';
import { planImport } from './plan-import';
import type { ImportDecision } from './resolve-import';
import { loadImportSource } from './serve-import-request';

/** Options of {@link ContactImportSession}. */
export interface ContactImportSessionOptions {
  /** The open store; a function, since restoring a backup opens a new one. */
  store: () => NewsroomStore;
  /**
   * Starts the import worker. Without it files are read in this thread, a batch at a time: for
   * tests and tools, never for the app, whose main process must keep answering while a file is read.
   */
  startWorker?: StartImportWorker;
  /** Told how reading and checking are getting on. */
  onProgress?: (progress: ContactImportProgress) => void;
  /** The time applied imports are stamped with. */
  now?: () => Date;
}

/** A file's size, or null when it cannot be looked at (gone since it was chosen, no permission). */
async function sizeOf(path: string): Promise<number | null> {
  try {
    return (await stat(path)).size;
  } catch {
    return null;
  }
}

/** The file an import reads, as the person gave it: a path from the open dialog, or a dropped file's bytes. */
export type ContactImportFile = { path: string } | { bytes: Uint8Array; fileName: string };

/** The import waiting for the person's decisions (or a CSV file for its mapping). */
interface PendingImport {
  importId: string;
  fileName: string;
  source: ImportSource;
  /** The file's size in bytes. */
  size: number;
  /** The CSV preview, to map its headers again; null for a vCard file. */
  csv: CsvPreview | null;
  /** Null while the CSV file waits for its mapping. */
  plan: PlanIndex | null;
}

/**
 * One contact import at a time, as the app's import dialog runs it: a file is read (in the worker,
 * with progress, and Cancel ending the worker) and compared with the directory; the plan is kept
 * here while the person pages through it, maps a CSV file's columns again, and decides what to do
 * with each duplicate; then it is applied all or nothing (applyImport) or discarded. Keeping the plan
 * here keeps 100,000 records out of the window, which only ever sees a page of them.
 */
export class ContactImportSession {
  #pending: PendingImport | null = null;
  #reading: AbortController | null = null;

  constructor(private readonly options: ContactImportSessionOptions) {}

  /** Reads a file into a plan (or a mapping step for a CSV file whose columns were not recognised). */
  async read(file: ContactImportFile): Promise<ContactImportStep> {
    const source: ImportSource = 'path' in file ? { path: file.path } : file;
    const fileName = 'path' in file ? basename(file.path) : file.fileName;
    const size = 'path' in file ? await sizeOf(file.path) : file.bytes.byteLength;
    if (size === null) {
      return {
        kind: 'refused',
        fileName,
        reason: 'unreadable',
        size: 0,
        maxSize: MAX_IMPORT_BYTES,
        detail: 'The file could not be opened: it may have been moved, or be locked by another program.',
      };
    }
    // Refused before anything is read: a 2 GB file dropped by mistake is never loaded.
    if (size > MAX_IMPORT_BYTES) {
      const megabytes = (size / (1024 * 1024)).toFixed(1);
      return {
        kind: 'refused',
        fileName,
        reason: 'too-large',
        size,
        maxSize: MAX_IMPORT_BYTES,
        detail: `The file is ${megabytes} MB; files over 50 MB cannot be imported.`,
      };
    }
    return this.#readInto({ importId: randomUUID(), fileName, source, size, csv: null, plan: null });
  }

  /** Reads the pending CSV file again with the columns the person mapped, one target per header. */
  async remap(importId: string, targets: readonly CsvColumnTargetInput[]): Promise<ContactImportStep> {
    const pending = this.#find(importId);
    if (!pending.csv) throw new AppFailure('INVALID_INPUT', 'Only a CSV file has columns to map');
    if (targets.length !== pending.csv.headers.length) {
      throw new AppFailure(
        'INVALID_INPUT',
        `The file has ${pending.csv.headers.length} columns; ${targets.length} were mapped`,
      );
    }
    const mapping = mappingOf(pending.csv.headers, targets);
    return this.#readInto({ ...pending, importId: randomUUID(), plan: null }, mapping);
  }

  /** Stops the file being read: the worker is ended, and the read resolves as cancelled. */
  cancel(): void {
    this.#reading?.abort();
  }

  /** One page of the plan's new records, duplicates or unreadable records. */
  page(importId: string, kind: ContactImportPage['kind'], offset: number, limit: number): ContactImportPage {
    const { plan } = this.#find(importId);
    if (!plan) throw new AppFailure('INVALID_INPUT', 'Map the columns of the file first');
    const store = this.options.store();
    return previewPage(plan, kind, offset, limit, (id) => findContact(store, id));
  }

  /**
   * Applies the plan, all or nothing: every duplicate takes its own decision or `duplicates`; new
   * records are added unless skipped. The plan is let go once applied; if applying fails, it stays,
   * so that the person can choose again.
   */
  async apply({ importId, duplicates, decisions }: ApplyContactImport): Promise<AppliedContactImport> {
    const pending = this.#find(importId);
    if (!pending.plan) throw new AppFailure('INVALID_INPUT', 'Map the columns of the file first');
    const { plan } = pending.plan;
    const chosen: Record<number, ImportDecision> = {};
    for (const planned of pending.plan.duplicates) chosen[planned.index] = duplicates;
    for (const { index, decision } of decisions) chosen[index] = decision;
    // Taken out while it is applied: a second click on Import finds nothing to apply twice.
    this.#pending = null;
    try {
      const applied = await applyImport(this.options.store(), plan, chosen, {
        importId,
        now: this.options.now?.() ?? new Date(),
        fileName: pending.fileName,
      });
      return { ...applied, fileName: pending.fileName };
    } catch (error) {
      this.#pending ??= pending;
      throw error;
    }
  }

  /** Lets the pending import go (the dialog was closed). Nothing to discard is not an error. */
  discard(importId: string): void {
    if (this.#pending?.importId === importId) this.#pending = null;
  }

  #find(importId: string): PendingImport {
    const pending = this.#pending;
    if (!pending || pending.importId !== importId) {
      throw new AppFailure('NOT_FOUND', `There is no contact import ${importId} waiting`);
    }
    return pending;
  }

  async #readInto(pending: PendingImport, mapping?: CsvMapping): Promise<ContactImportStep> {
    if (this.#reading) throw new AppFailure('BUSY', 'A contact file is already being read');
    const controller = new AbortController();
    this.#reading = controller;
    // A new file replaces whatever was waiting: the dialog shows one import at a time.
    this.#pending = null;
    try {
      const parsed = await this.#parse(pending.source, mapping, controller.signal);
      const { fileName, importId, size } = pending;
      if (parsed.status === 'refused') {
        const { reason: detail } = parsed.error;
        return { kind: 'refused', fileName, reason: 'unreadable', size, maxSize: MAX_IMPORT_BYTES, detail };
      }
      if (parsed.status === 'needs-mapping') {
        this.#pending = { ...pending, csv: parsed.preview };
        return { kind: 'needs-mapping', importId, fileName, csv: csvSetupOf(parsed.preview) };
      }
      this.options.onProgress?.({
        phase: 'checking',
        recordsRead: parsed.records.length,
        totalRecords: parsed.records.length,
      });
      const plan = await planImport(parsed, this.options.store().contacts.all(), {
        signal: controller.signal,
      });
      const csv = parsed.format === 'csv' ? parsed.preview : null;
      this.#pending = { ...pending, csv, plan: indexPlan(plan) };
      return {
        kind: 'planned',
        importId,
        fileName,
        format: parsed.format,
        csv: parsed.format === 'csv' ? csvSetupOf(parsed.preview, parsed.mapping) : null,
        counts: plan.counts,
        photos: parsed.records.filter((record) => record.photo !== undefined).length,
      };
    } catch (error) {
      if (controller.signal.aborted) return { kind: 'cancelled' };
      throw error;
    } finally {
      this.#reading = null;
    }
  }

  #parse(
    source: ImportSource,
    mapping: CsvMapping | undefined,
    signal: AbortSignal,
  ): Promise<ParsedImportFile> {
    const onProgress = ({ recordsRead, totalRecords }: { recordsRead: number; totalRecords: number }) =>
      this.options.onProgress?.({ phase: 'reading', recordsRead, totalRecords });
    const { startWorker } = this.options;
    if (startWorker) {
      return parseImportFileInWorker(source, { startWorker, mapping, onProgress, signal });
    }
    return this.#parseHere(source, mapping, signal, onProgress);
  }

  async #parseHere(
    source: ImportSource,
    mapping: CsvMapping | undefined,
    signal: AbortSignal,
    onProgress: (progress: { recordsRead: number; totalRecords: number }) => void,
  ): Promise<ParsedImportFile> {
    const file = await loadImportSource(source);
    if ('error' in file) return { status: 'refused', error: file.error };
    return parseImportFile(file.bytes, file.fileName, { mapping, onProgress, signal });
  }
}
