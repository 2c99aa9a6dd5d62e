import { access, mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { StoreNotice } from '../../shared/schemas/store-notice';
import { completeInterruptedRestore } from '../backup/restore-journal';
import { ContactListsRepository } from '../repositories/contact-lists-repository';
import { ContactsRepository } from '../repositories/contacts-repository';
import { ReleasesRepository } from '../repositories/releases-repository';
import { SettingsRepository } from '../repositories/settings-repository';
import { WindowStateRepository } from '../repositories/window-state-repository';
import { firstRunSample, neutralSettings } from '../sample/first-run-sample';
import { ContactSearchIndex } from '../search/contact-search-index';
import { removeStaleTempFiles } from './atomic-write';
import {
  contactListsCodec,
  contactShardCodec,
  releasesIndexCodec,
  settingsFileCodec,
  windowStateFileCodec,
  type ContactShardFile,
} from './documents';
import { JsonDocument } from './json-document';
import { CONTACT_SHARD_COUNT, storeLayout, type StoreLayout } from './layout';
import { QUARANTINE_FOLDER } from './quarantine';
import { StoreEvents } from './store-events';
import { StoreLock } from './store-lock';

export interface OpenStoreOptions {
  dataDir: string;
  /** Who holds the lock, as a second program will be told ("the Newsroom app"). */
  holder: string;
  /** The person's locale, for first-run language and paper size. */
  locale: string;
  /** Create the sample organisation, release and contacts when the folder is new. */
  seedSampleOnFirstRun: boolean;
  /** The time zone of new settings when none are stored. Defaults to the machine's. */
  timeZone?: string;
  clock?: () => Date;
}

/**
 * The local store: a data folder of JSON files that only this object writes, behind a lock so that
 * no second program writes beside it. Open it once per process, close it before exit.
 */
export class NewsroomStore {
  private constructor(
    readonly layout: StoreLayout,
    private readonly lock: StoreLock,
    readonly settings: SettingsRepository,
    readonly releases: ReleasesRepository,
    readonly contacts: ContactsRepository,
    readonly contactLists: ContactListsRepository,
    readonly windowState: WindowStateRepository,
    /** What happened while opening that the person must be told. */
    readonly notices: readonly StoreNotice[],
    readonly isFirstRun: boolean,
    /** Tells listeners which part of the store changed. */
    readonly events: StoreEvents,
  ) {}

  /** Settles when the directory's search index is built. */
  contactIndexReady: Promise<void> = Promise.resolve();

  get dataDir(): string {
    return this.layout.dataDir;
  }

  static async open(options: OpenStoreOptions): Promise<NewsroomStore> {
    const layout = storeLayout(options.dataDir);
    const clock = options.clock ?? (() => new Date());
    const timeZone = options.timeZone ?? Intl.DateTimeFormat().resolvedOptions().timeZone;
    await mkdir(layout.dataDir, { recursive: true });
    const lock = await StoreLock.acquire(layout.dataDir, options.holder);
    try {
      // A restore or a contact import that a crash interrupted after its commit point is finished
      // here, before any file is read: until then the folder may hold part of each state.
      await completeInterruptedRestore(layout.dataDir);
      const isFirstRun = await isNewDataFolder(layout);
      const folders = [layout.releasesFolder, layout.revisionsFolder, layout.contactsFolder];
      await Promise.all(folders.map((folder) => mkdir(folder, { recursive: true })));
      await Promise.all([layout.dataDir, ...folders].map(removeStaleTempFiles));

      const events = new StoreEvents();
      const open = <T>(
        path: string,
        codec: Parameters<typeof JsonDocument.open<T>>[0]['codec'],
        defaults: () => T,
      ) => JsonDocument.open<T>({ dataDir: layout.dataDir, path, codec, defaults });
      const [settingsDoc, windowDoc, indexDoc, listsDoc, ...shardDocs] = await Promise.all([
        open(layout.settings, settingsFileCodec, () => ({
          schemaVersion: 1 as const,
          settings: neutralSettings(options.locale, timeZone),
        })),
        open(layout.windowState, windowStateFileCodec, () => ({
          schemaVersion: 1 as const,
          bounds: null,
          maximized: false,
        })),
        open(layout.releasesIndex, releasesIndexCodec, () => ({
          schemaVersion: 1 as const,
          releases: [],
          counters: {},
        })),
        open(layout.contactLists, contactListsCodec, () => ({ schemaVersion: 1 as const, lists: [] })),
        ...Array.from({ length: CONTACT_SHARD_COUNT }, (_, shard) =>
          open<ContactShardFile>(layout.contactShard(shard), contactShardCodec, () => ({
            schemaVersion: 1,
            contacts: [],
          })),
        ),
      ]);
      const notices = [settingsDoc, windowDoc, indexDoc, listsDoc, ...shardDocs]
        .map((opened) => opened.notice)
        .filter((notice): notice is StoreNotice => notice !== null);

      const releases = await ReleasesRepository.open(layout, indexDoc.document, events, clock);
      notices.push(...releases.notices);

      const contactLists = new ContactListsRepository(listsDoc.document, events, clock);
      const contacts = new ContactsRepository(
        shardDocs.map((opened) => opened.document),
        contactLists,
        events,
        clock,
      );
      const store = new NewsroomStore(
        layout,
        lock,
        new SettingsRepository(settingsDoc.document, events),
        releases.repository,
        contacts,
        contactLists,
        new WindowStateRepository(windowDoc.document),
        notices,
        isFirstRun,
        events,
      );
      if (isFirstRun && options.seedSampleOnFirstRun) await store.seedSample(options.locale);
      // In slices, after the store is open: the window shows before the index is complete.
      store.contactIndexReady = contacts.buildIndex((all) => ContactSearchIndex.build(all));
      return store;
    } catch (error) {
      await lock.release();
      throw error;
    }
  }

  private async seedSample(locale: string): Promise<void> {
    const sample = firstRunSample(locale);
    await this.settings.update(sample.settings);
    await this.contacts.insert(sample.contacts);
    await this.releases.insert(sample.releases);
  }

  /** Resolves when every write asked so far has reached the disk (or failed). */
  async whenIdle(): Promise<void> {
    await Promise.all([
      this.settings.whenIdle(),
      this.windowState.whenIdle(),
      this.releases.whenIdle(),
      this.contacts.whenIdle(),
      this.contactLists.whenIdle(),
    ]);
  }

  /** Waits for pending writes, then gives the data folder back to other programs. */
  async close(): Promise<void> {
    await this.whenIdle();
    await this.lock.release();
  }
}

/** A folder that has never held a store: no settings, no releases, no contacts, nothing set aside. */
async function isNewDataFolder(layout: StoreLayout): Promise<boolean> {
  const traces = [
    layout.settings,
    layout.releasesFolder,
    layout.contactsFolder,
    join(layout.dataDir, QUARANTINE_FOLDER),
  ];
  const found = await Promise.all(
    traces.map((path) =>
      access(path).then(
        () => true,
        () => false,
      ),
    ),
  );
  return !found.includes(true);
}
