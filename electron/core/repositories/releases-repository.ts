import { readdir, rm } from 'node:fs/promises';
import type { ReleaseLanguage } from '../../shared/languages';
import { AppFailure } from '../../shared/result';
import {
  releaseSchema,
  type NewReleaseInput,
  type ParsedReleaseQuery,
  type Release,
  type ReleaseSummary,
  type ReleaseVersion,
} from '../../shared/schemas/release';
import type { ImportedReleaseFields } from '../../shared/schemas/release-import';
import type { Settings } from '../../shared/schemas/settings';
import { duplicateOf, newDraft, translationOf } from '../releases/release-factory';
import { ReleaseTextIndex } from '../releases/release-search';
import { nextReference } from '../../shared/reference-number';
import { revisionReasonFor } from '../releases/revision-policy';
import { releaseFileCodec, type ReleaseFile, type ReleasesIndexFile } from '../store/documents';
import type { JsonDocument } from '../store/json-document';
import { releaseIdOfFile, type StoreLayout } from '../store/layout';
import type { StoreEvents } from '../store/store-events';
import type { StoreFiles } from '../store/store-files';
import { calendarDateIn } from '../time/calendar-date';
import { ReleaseRevisions } from './release-revisions';

/** Deleted releases can be restored for this long, then they are removed for good. */
export const DELETED_RELEASE_RETENTION_DAYS = 30;

/** The fields of a release that the list shows. */
export function summarise(release: Release): ReleaseSummary {
  const { id, reference, language, translationOf, headline, dateline, status, tags, archived } = release;
  const { createdAt, updatedAt, publishedAt, deletedAt } = release;
  return {
    id,
    reference,
    language,
    translationOf,
    headline,
    dateline,
    status,
    tags,
    archived,
    createdAt,
    updatedAt,
    publishedAt,
    deletedAt,
  };
}

/**
 * Press releases: one file per release, an index of summaries for the list, and each release's
 * history apart. The release file is the truth; the index is written after it and rebuilt from the
 * files when it is lost or damaged.
 */
export class ReleasesRepository {
  /** Each release file's document, or its opening: two readers at once must not open it twice. */
  readonly #files = new Map<string, Promise<JsonDocument<ReleaseFile | null>>>();
  readonly #text = new ReleaseTextIndex();
  #textReady: Promise<void> = Promise.resolve();
  readonly revisions: ReleaseRevisions;

  private constructor(
    private readonly layout: StoreLayout,
    private readonly index: JsonDocument<ReleasesIndexFile>,
    private readonly events: StoreEvents,
    private readonly clock: () => Date,
    /** Opens each release file when first needed, reporting a damaged one. */
    private readonly storeFiles: StoreFiles,
    /** Opened by a read-only store: release files are read, never set aside or written. */
    private readonly readOnly: boolean,
  ) {
    this.revisions = new ReleaseRevisions(layout, clock, storeFiles);
  }

  /**
   * Opens the repository and brings the index in line with the release files: a file the index
   * does not know (a crash between the two writes, or a lost index) is added, an entry whose file is
   * gone is dropped, and releases deleted long ago are removed. What the person must be told goes
   * to `storeFiles`.
   */
  static async open(
    layout: StoreLayout,
    index: JsonDocument<ReleasesIndexFile>,
    events: StoreEvents,
    clock: () => Date,
    storeFiles: StoreFiles,
    { readOnly = false }: { readOnly?: boolean } = {},
  ): Promise<ReleasesRepository> {
    const repository = new ReleasesRepository(layout, index, events, clock, storeFiles, readOnly);
    await repository.reconcileIndex();
    await repository.purgeDeleted();
    repository.#textReady = repository.buildTextIndex();
    return repository;
  }

  /** Settles when every release has been read for text search, in the background after opening. */
  whenSearchReady(): Promise<void> {
    return this.#textReady.catch(() => undefined);
  }

  private async reconcileIndex(): Promise<void> {
    const fileIds = new Set(
      (await releaseFileNames(this.layout.releasesFolder))
        .map(releaseIdOfFile)
        .filter((id): id is string => id !== null),
    );
    const indexed = new Map(this.index.data.releases.map((summary) => [summary.id, summary]));
    const unindexed = [...fileIds].filter((id) => !indexed.has(id));
    const orphans = [...indexed.keys()].filter((id) => !fileIds.has(id));
    if (unindexed.length === 0 && orphans.length === 0) return;

    for (const id of orphans) indexed.delete(id);
    for (const id of unindexed) {
      const document = await this.openFile(id);
      if (document.data) indexed.set(id, summarise(document.data.release));
    }
    if (!this.index.readOnly) {
      await this.index.update((file) => {
        file.releases = [...indexed.values()];
      });
    }
    if (this.index.origin === 'quarantined' || this.index.origin === 'missing') {
      this.storeFiles.report({ kind: 'index-rebuilt', file: this.index.path, releases: indexed.size });
    }
  }

  private async purgeDeleted(): Promise<void> {
    const limit = this.clock().getTime() - DELETED_RELEASE_RETENTION_DAYS * 24 * 3_600_000;
    const expired = this.index.data.releases.filter(
      (summary) => summary.deletedAt && Date.parse(summary.deletedAt) < limit,
    );
    if (expired.length === 0 || this.index.readOnly) return;
    const ids = new Set(expired.map((summary) => summary.id));
    await this.index.update((file) => {
      file.releases = file.releases.filter((summary) => !ids.has(summary.id));
    });
    for (const id of ids) {
      await rm(this.layout.release(id), { force: true });
      await rm(this.layout.releaseRevisions(id), { force: true });
    }
  }

  /** Reads every release once, in the background, so that the list can search their text. */
  private async buildTextIndex(): Promise<void> {
    for (const summary of this.index.data.releases) {
      const document = await this.openFile(summary.id);
      if (document.data) this.#text.set(document.data.release);
    }
  }

  /** Every release's summary, deleted ones included, most recently changed first. */
  list(): ReleaseSummary[] {
    return [...this.index.data.releases].sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
  }

  /** The release list as the person asked for it: text, filters, archived or not, in order. */
  async query(query: ParsedReleaseQuery, locale: string): Promise<ReleaseSummary[]> {
    if (query.text.trim()) await this.#textReady;
    const yearOf = (summary: ReleaseSummary) =>
      Number((summary.dateline.date ?? summary.createdAt).slice(0, 4));
    const matches = this.index.data.releases.filter(
      (summary) =>
        summary.deletedAt === null &&
        summary.archived === query.archived &&
        (query.statuses.length === 0 || query.statuses.includes(summary.status)) &&
        (query.languages.length === 0 || query.languages.includes(summary.language)) &&
        (query.years.length === 0 || query.years.includes(yearOf(summary))) &&
        (query.tags.length === 0 || summary.tags.some((tag) => query.tags.includes(tag))) &&
        this.#text.matches(summary.id, query.text),
    );
    const collator = new Intl.Collator(locale, { sensitivity: 'base', numeric: true });
    const key: Record<ParsedReleaseQuery['sort']['column'], (summary: ReleaseSummary) => string> = {
      updated: (summary) => summary.updatedAt,
      created: (summary) => summary.createdAt,
      dateline: (summary) => summary.dateline.date ?? summary.createdAt.slice(0, 10),
      reference: (summary) => summary.reference,
      headline: (summary) => summary.headline,
    };
    const pick = key[query.sort.column];
    const sign = query.sort.direction === 'asc' ? 1 : -1;
    return matches.sort((a, b) => sign * collator.compare(pick(a), pick(b)) || a.id.localeCompare(b.id));
  }

  /** The tags and years in use, for the list's filters. */
  facets(): { tags: string[]; years: number[] } {
    const live = this.index.data.releases.filter((summary) => summary.deletedAt === null);
    const years = new Set(
      live.map((summary) => Number((summary.dateline.date ?? summary.createdAt).slice(0, 4))),
    );
    return {
      tags: [...new Set(live.flatMap((summary) => summary.tags))].sort(),
      years: [...years].sort((a, b) => b - a),
    };
  }

  async get(id: string): Promise<Release> {
    if (!this.summaryOf(id)) throw new AppFailure('NOT_FOUND', `No release with id ${id}`);
    const document = await this.openFile(id);
    if (!document.data)
      throw new AppFailure('NOT_FOUND', `The file of release ${id} is missing or was set aside`);
    return document.data.release;
  }

  /** Starts a draft with the organisation's defaults (press contacts, today's date in its time zone). */
  async create(input: NewReleaseInput, settings: Settings): Promise<Release> {
    return this.write(newDraft(input, settings, this.clock()));
  }

  /**
   * Saves a changed release, stamping the time of the change, and keeps a revision when the status
   * changed or ten minutes of editing went by since the last one.
   */
  async save(edited: Release): Promise<Release> {
    const previous = await this.get(edited.id);
    const now = this.clock();
    const publishedAt =
      edited.status === 'published' && previous.status !== 'published'
        ? now.toISOString()
        : edited.publishedAt;
    const saved = await this.write({
      ...edited,
      publishedAt,
      createdAt: previous.createdAt,
      updatedAt: now.toISOString(),
    });
    const reason = revisionReasonFor(
      previous.status,
      saved.status,
      await this.revisions.lastAt(saved.id),
      now,
    );
    if (reason) await this.revisions.record(saved, reason);
    return saved;
  }

  /** Adds releases made elsewhere (first-run sample, imports) as they are, timestamps included. */
  async insert(releases: readonly Release[]): Promise<void> {
    for (const release of releases) await this.write(release);
  }

  /** A new draft holding what an import found, in `language`, with the organisation's defaults for the rest. */
  async createFromImport(
    fields: ImportedReleaseFields,
    language: ReleaseLanguage,
    settings: Settings,
  ): Promise<Release> {
    const draft = newDraft({ language, headline: fields.headline }, settings, this.clock());
    return this.write({
      ...draft,
      reference: fields.reference,
      subheadline: fields.subheadline,
      dateline: { place: fields.dateline.place, date: fields.dateline.date ?? draft.dateline.date },
      body: fields.body,
      notesToEditors: fields.notesToEditors,
      moreInformation: fields.moreInformation,
      pressContactText: fields.pressContactText,
    });
  }

  async duplicate(id: string): Promise<Release> {
    return this.write(duplicateOf(await this.get(id), this.clock()));
  }

  /** Starts the `language` version of a release, linked to it, with the same reference number. */
  async createTranslation(id: string, language: ReleaseLanguage): Promise<Release> {
    const original = await this.get(id);
    const root = original.translationOf ? await this.get(original.translationOf.releaseId) : original;
    const existing = this.versionsOf(root.id).find((summary) => summary.language === language);
    if (existing)
      throw new AppFailure(
        'INVALID_INPUT',
        `Release ${root.id} already has a ${language} version (${existing.id})`,
      );
    return this.write(translationOf(root, language, this.clock()));
  }

  /** A release's language versions, the original first, translations marked when the original changed since. */
  async versions(id: string): Promise<ReleaseVersion[]> {
    const release = await this.get(id);
    const rootId = release.translationOf?.releaseId ?? release.id;
    const root = this.summaryOf(rootId);
    return this.versionsOf(rootId).map((summary) => ({
      ...summary,
      outOfDate:
        summary.translationOf !== null &&
        root !== undefined &&
        summary.translationOf.syncedAt < root.updatedAt,
    }));
  }

  /** Records that a translation has caught up with its original as it is now. */
  async markTranslationCurrent(id: string): Promise<Release> {
    const release = await this.get(id);
    if (!release.translationOf) throw new AppFailure('INVALID_INPUT', `Release ${id} is not a translation`);
    const original = await this.get(release.translationOf.releaseId);
    return this.save({ ...release, translationOf: { releaseId: original.id, syncedAt: original.updatedAt } });
  }

  /**
   * Gives a release the next reference number of the organisation's pattern, for the current year
   * in its time zone. The counter is taken and advanced in one synchronous step, so two releases
   * asking at once never get the same number. A release that has a number keeps it.
   */
  async assignReference(id: string, settings: Settings): Promise<Release> {
    const release = await this.get(id);
    if (release.reference.trim()) return release;
    const year = Number(calendarDateIn(this.clock(), settings.defaultTimeZone).slice(0, 4));
    const taken = new Set(this.index.data.releases.map((summary) => summary.reference));
    const { reference, number } = nextReference(
      settings.referencePattern,
      year,
      this.index.data.counters[year] ?? 0,
      taken,
    );
    // Reserve the number in memory before any await: a concurrent request sees it taken.
    const counters = { ...this.index.data.counters, [year]: number };
    const reserved = this.index.update((file) => {
      file.counters = counters;
    });
    const numbered = { ...release, reference };
    const versions = this.versionsOf(release.translationOf?.releaseId ?? release.id).filter(
      (version) => version.id !== id && !version.reference,
    );
    await reserved;
    const saved = await this.save(numbered);
    // Language versions share the number.
    for (const version of versions) await this.save({ ...(await this.get(version.id)), reference });
    return saved;
  }

  /** Moves a release to the deleted ones; it can be restored for 30 days. */
  async delete(id: string): Promise<Release> {
    return this.write({ ...(await this.get(id)), deletedAt: this.clock().toISOString() });
  }

  async restore(id: string): Promise<Release> {
    return this.write({ ...(await this.get(id)), deletedAt: null });
  }

  async setArchived(id: string, archived: boolean): Promise<Release> {
    return this.save({ ...(await this.get(id)), archived });
  }

  /**
   * Brings back the content of an earlier revision. The current state is kept as a revision first,
   * so the restore itself can be undone.
   */
  async restoreRevision(id: string, revisionId: string): Promise<Release> {
    const current = await this.get(id);
    const revision = await this.revisions.get(id, revisionId);
    await this.revisions.record(current, 'before-restore');
    return this.write({
      ...revision.release,
      id,
      createdAt: current.createdAt,
      updatedAt: this.clock().toISOString(),
      deletedAt: null,
    });
  }

  private versionsOf(rootId: string): ReleaseSummary[] {
    const versions = this.index.data.releases.filter(
      (summary) =>
        summary.deletedAt === null && (summary.id === rootId || summary.translationOf?.releaseId === rootId),
    );
    return versions.sort((a, b) =>
      a.id === rootId ? -1 : b.id === rootId ? 1 : a.language.localeCompare(b.language),
    );
  }

  private summaryOf(id: string): ReleaseSummary | undefined {
    return this.index.data.releases.find((summary) => summary.id === id);
  }

  private async write(candidate: Release): Promise<Release> {
    if (this.readOnly) throw new AppFailure('READ_ONLY', 'The store was opened read-only');
    if (this.index.readOnly) {
      throw new AppFailure('READ_ONLY', 'The release index was written by a newer version of Newsroom');
    }
    const release = releaseSchema.parse(candidate);
    const document = await this.openFile(release.id);
    await document.replace({ schemaVersion: 1, release });
    await this.index.update((file) => {
      const summary = summarise(release);
      const position = file.releases.findIndex((entry) => entry.id === release.id);
      if (position === -1) file.releases.push(summary);
      else file.releases[position] = summary;
    });
    this.#text.set(release);
    this.events.emit('releases');
    return release;
  }

  /** The document of one release; its data is null when the file is new, missing or was set aside. */
  private openFile(id: string): Promise<JsonDocument<ReleaseFile | null>> {
    let opening = this.#files.get(id);
    if (!opening) {
      opening = this.storeFiles.open<ReleaseFile | null>({
        path: this.layout.release(id),
        codec: releaseFileCodec,
        defaults: () => null,
      });
      // A failed open (an unreadable disk) is tried again next time rather than remembered.
      opening.catch(() => this.#files.delete(id));
      this.#files.set(id, opening);
    }
    return opening;
  }

  /** Resolves when every release write asked so far has finished. */
  async whenIdle(): Promise<void> {
    await Promise.all(
      [...this.#files.values()].map((file) =>
        file.then(
          (opened) => opened.whenIdle(),
          () => undefined,
        ),
      ),
    );
    await this.index.whenIdle();
    await this.revisions.whenIdle();
  }
}

/** The names in the releases folder; none when a read-only store finds no folder (one never opened). */
async function releaseFileNames(folder: string): Promise<string[]> {
  try {
    return await readdir(folder);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
}
