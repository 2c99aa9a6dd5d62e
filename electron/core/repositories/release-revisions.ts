import { randomUUID } from 'node:crypto';
import { AppFailure } from '../../shared/result';
import type { Release } from '../../shared/schemas/release';
import type { ReleaseRevision, RevisionSummary } from '../../shared/schemas/release-revision';
import { thinRevisions } from '../releases/revision-policy';
import { releaseRevisionsCodec, type ReleaseRevisionsFile } from '../store/documents';
import { JsonDocument } from '../store/json-document';
import type { StoreLayout } from '../store/layout';
import type { StoreNotice } from '../../shared/schemas/store-notice';

/**
 * The history of each release, in `releases/revisions/<id>.json`, apart from the release itself so
 * that autosaving a release never rewrites its history.
 */
export class ReleaseRevisions {
  readonly #files = new Map<string, JsonDocument<ReleaseRevisionsFile>>();
  /** Damaged history files found while opening them, to report. */
  readonly notices: StoreNotice[] = [];

  constructor(
    private readonly layout: StoreLayout,
    private readonly clock: () => Date,
  ) {}

  /** When the newest revision of a release was kept, if any. */
  async lastAt(releaseId: string): Promise<string | undefined> {
    return (await this.file(releaseId)).data.revisions.at(-1)?.at;
  }

  /** Keeps a copy of `release` as it is now, then thins the history. */
  async record(release: Release, reason: ReleaseRevision['reason']): Promise<void> {
    const now = this.clock();
    const file = await this.file(release.id);
    await file.update((history) => {
      history.revisions = thinRevisions(
        [...history.revisions, { id: randomUUID(), at: now.toISOString(), reason, release }],
        now,
      );
    });
  }

  /** The history of a release, newest first, without the contents. */
  async list(releaseId: string): Promise<RevisionSummary[]> {
    const { revisions } = (await this.file(releaseId)).data;
    return revisions
      .map(({ id, at, reason, release }) => ({
        id,
        at,
        reason,
        status: release.status,
        headline: release.headline,
      }))
      .reverse();
  }

  async get(releaseId: string, revisionId: string): Promise<ReleaseRevision> {
    const revision = (await this.file(releaseId)).data.revisions.find(
      (candidate) => candidate.id === revisionId,
    );
    if (!revision) throw new AppFailure('NOT_FOUND', `No revision ${revisionId} of release ${releaseId}`);
    return revision;
  }

  private async file(releaseId: string): Promise<JsonDocument<ReleaseRevisionsFile>> {
    const cached = this.#files.get(releaseId);
    if (cached) return cached;
    const { document, notice } = await JsonDocument.open<ReleaseRevisionsFile>({
      dataDir: this.layout.dataDir,
      path: this.layout.releaseRevisions(releaseId),
      codec: releaseRevisionsCodec,
      defaults: () => ({ schemaVersion: 1, revisions: [] }),
    });
    if (notice) this.notices.push(notice);
    this.#files.set(releaseId, document);
    return document;
  }

  async whenIdle(): Promise<void> {
    await Promise.all([...this.#files.values()].map((file) => file.whenIdle()));
  }
}
