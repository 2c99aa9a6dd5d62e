import { randomUUID } from 'node:crypto';
import { AppFailure } from '../../shared/result';
import type { Release } from '../../shared/schemas/release';
import type { ReleaseRevision, RevisionSummary } from '../../shared/schemas/release-revision';
import { thinRevisions } from '../releases/revision-policy';
import { releaseRevisionsCodec, type ReleaseRevisionsFile } from '../store/documents';
import type { JsonDocument } from '../store/json-document';
import type { StoreLayout } from '../store/layout';
import type { StoreFiles } from '../store/store-files';

/**
 * The history of each release, in `releases/revisions/<id>.json`, apart from the release itself so
 * that autosaving a release never rewrites its history.
 */
export class ReleaseRevisions {
  /** Each history file's document, or its opening: two readers at once must not open it twice. */
  readonly #files = new Map<string, Promise<JsonDocument<ReleaseRevisionsFile>>>();

  constructor(
    private readonly layout: StoreLayout,
    private readonly clock: () => Date,
    /** Opens each history file when first needed, reporting a damaged one. */
    private readonly storeFiles: StoreFiles,
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

  private file(releaseId: string): Promise<JsonDocument<ReleaseRevisionsFile>> {
    let opening = this.#files.get(releaseId);
    if (!opening) {
      opening = this.storeFiles.open<ReleaseRevisionsFile>({
        path: this.layout.releaseRevisions(releaseId),
        codec: releaseRevisionsCodec,
        defaults: () => ({ schemaVersion: 1, revisions: [] }),
      });
      // A failed open (an unreadable disk) is tried again next time rather than remembered.
      opening.catch(() => this.#files.delete(releaseId));
      this.#files.set(releaseId, opening);
    }
    return opening;
  }

  async whenIdle(): Promise<void> {
    await Promise.all(
      [...this.#files.values()].map((file) =>
        file.then(
          (opened) => opened.whenIdle(),
          () => undefined,
        ),
      ),
    );
  }
}
