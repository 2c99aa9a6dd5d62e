import { randomUUID } from 'node:crypto';
import { readdir } from 'node:fs/promises';
import { AppFailure } from '../../shared/result';
import { emptyRichTextDoc } from '../../shared/schemas/rich-text';
import {
  releaseSchema,
  type NewReleaseInput,
  type Release,
  type ReleaseSummary,
} from '../../shared/schemas/release';
import type { Settings } from '../../shared/schemas/settings';
import type { StoreNotice } from '../../shared/schemas/store-notice';
import { releaseFileCodec, type ReleaseFile, type ReleasesIndexFile } from '../store/documents';
import { JsonDocument } from '../store/json-document';
import { releaseIdOfFile, type StoreLayout } from '../store/layout';
import type { StoreEvents } from '../store/store-events';
import { calendarDateIn } from '../time/calendar-date';

/** The fields of a release that the list shows. */
export function summarise(release: Release): ReleaseSummary {
  const {
    id,
    reference,
    language,
    translationOf,
    headline,
    status,
    tags,
    archived,
    createdAt,
    updatedAt,
    publishedAt,
  } = release;
  return {
    id,
    reference,
    language,
    translationOf,
    headline,
    status,
    tags,
    archived,
    createdAt,
    updatedAt,
    publishedAt,
  };
}

/**
 * Press releases: one file per release, and an index of summaries for the list. The release file is
 * the truth; the index is written after it and rebuilt from the files when it is lost or damaged.
 */
export class ReleasesRepository {
  readonly #files = new Map<string, JsonDocument<ReleaseFile | null>>();

  private constructor(
    private readonly layout: StoreLayout,
    private readonly index: JsonDocument<ReleasesIndexFile>,
    private readonly events: StoreEvents,
    private readonly clock: () => Date,
  ) {}

  /**
   * Opens the repository and brings the index in line with the release files: a file the index
   * does not know (a crash between the two writes, or a lost index) is added, an entry whose file is
   * gone is dropped. Returns what the person must be told.
   */
  static async open(
    layout: StoreLayout,
    index: JsonDocument<ReleasesIndexFile>,
    events: StoreEvents,
    clock: () => Date,
  ): Promise<{ repository: ReleasesRepository; notices: StoreNotice[] }> {
    const repository = new ReleasesRepository(layout, index, events, clock);
    const notices = await repository.reconcileIndex();
    return { repository, notices };
  }

  private async reconcileIndex(): Promise<StoreNotice[]> {
    const notices: StoreNotice[] = [];
    const fileIds = new Set(
      (await readdir(this.layout.releasesFolder))
        .map(releaseIdOfFile)
        .filter((id): id is string => id !== null),
    );
    const indexed = new Map(this.index.data.releases.map((summary) => [summary.id, summary]));
    const unindexed = [...fileIds].filter((id) => !indexed.has(id));
    const orphans = [...indexed.keys()].filter((id) => !fileIds.has(id));
    if (unindexed.length === 0 && orphans.length === 0) return notices;

    for (const id of orphans) indexed.delete(id);
    for (const id of unindexed) {
      const { document, notice } = await this.openFile(id);
      if (notice) notices.push(notice);
      if (document.data) indexed.set(id, summarise(document.data.release));
    }
    if (!this.index.readOnly) {
      await this.index.update((file) => {
        file.releases = [...indexed.values()];
      });
    }
    if (this.index.origin === 'quarantined' || this.index.origin === 'missing') {
      notices.push({ kind: 'index-rebuilt', file: this.index.path, releases: indexed.size });
    }
    return notices;
  }

  /** Every release's summary, most recently changed first. */
  list(): ReleaseSummary[] {
    return [...this.index.data.releases].sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
  }

  async get(id: string): Promise<Release> {
    if (!this.index.data.releases.some((summary) => summary.id === id)) {
      throw new AppFailure('NOT_FOUND', `No release with id ${id}`);
    }
    const { document } = await this.openFile(id);
    if (!document.data)
      throw new AppFailure('NOT_FOUND', `The file of release ${id} is missing or was set aside`);
    return document.data.release;
  }

  /** Starts a draft with the organisation's defaults (press contacts, today's date in its time zone). */
  async create(input: NewReleaseInput, settings: Settings): Promise<Release> {
    const now = this.clock();
    const release: Release = {
      id: randomUUID(),
      reference: '',
      language: input.language,
      translationOf: null,
      releaseLine: { kind: 'immediate' },
      headline: input.headline,
      subheadline: '',
      dateline: { place: '', date: calendarDateIn(now, settings.defaultTimeZone) },
      body: emptyRichTextDoc(),
      moreInformation: [],
      notesToEditors: [],
      boilerplate: null,
      pressContactIds: [...settings.defaultPressContactIds],
      pressContactText: '',
      status: 'draft',
      tags: [],
      archived: false,
      createdAt: now.toISOString(),
      updatedAt: now.toISOString(),
      publishedAt: null,
    };
    return this.write(release);
  }

  /** Saves a changed release, stamping the time of the change. */
  async save(release: Release): Promise<Release> {
    if (!this.index.data.releases.some((summary) => summary.id === release.id)) {
      throw new AppFailure('NOT_FOUND', `No release with id ${release.id}`);
    }
    return this.write({ ...release, updatedAt: this.clock().toISOString() });
  }

  /** Adds releases made elsewhere (first-run sample, imports) as they are, timestamps included. */
  async insert(releases: readonly Release[]): Promise<void> {
    for (const release of releases) await this.write(release);
  }

  private async write(candidate: Release): Promise<Release> {
    if (this.index.readOnly) {
      throw new AppFailure('READ_ONLY', 'The release index was written by a newer version of Newsroom');
    }
    const release = releaseSchema.parse(candidate);
    const { document } = await this.openFile(release.id);
    await document.replace({ schemaVersion: 1, release });
    await this.index.update((file) => {
      const summary = summarise(release);
      const position = file.releases.findIndex((entry) => entry.id === release.id);
      if (position === -1) file.releases.push(summary);
      else file.releases[position] = summary;
    });
    this.events.emit('releases');
    return release;
  }

  /** The document of one release; its data is null when the file is new, missing or was set aside. */
  private async openFile(
    id: string,
  ): Promise<{ document: JsonDocument<ReleaseFile | null>; notice: StoreNotice | null }> {
    const cached = this.#files.get(id);
    if (cached) return { document: cached, notice: null };
    const opened = await JsonDocument.open<ReleaseFile | null>({
      dataDir: this.layout.dataDir,
      path: this.layout.release(id),
      codec: releaseFileCodec,
      defaults: () => null,
    });
    this.#files.set(id, opened.document);
    return opened;
  }

  /** Resolves when every release write asked so far has finished. */
  async whenIdle(): Promise<void> {
    await Promise.all([...this.#files.values()].map((file) => file.whenIdle()));
    await this.index.whenIdle();
  }
}
