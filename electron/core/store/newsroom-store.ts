import { access, mkdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { AppFailure } from '../../shared/result';
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
import { StoreFiles, type DocumentSpec, type SaveProblem } from './store-files';
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
  /**
   * Opens the folder without the lock and without writing anything, so that a program can read it
   * while another holds it (the command line's list, search and export while the app runs). Every
   * write is refused with READ_ONLY. Nothing is set aside, reconciled on disk, purged or seeded, and
   * an interrupted restore or import is left for the lock holder to finish. A folder that does not
   * exist is NOT_FOUND; a file that cannot be read fails the open. Each file is read whole (writers
   * replace files by rename), but one after another: a change saved meanwhile may show in some
   * files and not yet in others, as it would to a reader a moment earlier or later.
   */
  readOnly?: boolean;
}

/**
 * The local store: a data folder of JSON files that only this object writes, behind a lock so that
 * no second program writes beside it. Open it once per process, close it before exit.
 */
export class NewsroomStore {
  private constructor(
    readonly layout: StoreLayout,
    /** Null when opened read-only, which takes no lock. */
    private readonly lock: StoreLock | null,
    readonly settings: SettingsRepository,
    readonly releases: ReleasesRepository,
    readonly contacts: ContactsRepository,
    readonly contactLists: ContactListsRepository,
    readonly windowState: WindowStateRepository,
    /** The store's files: what the person must be told about them, and whether saving fails. */
    private readonly files: StoreFiles,
    readonly isFirstRun: boolean,
    /** Tells listeners which part of the store changed. */
    readonly events: StoreEvents,
  ) {}

  /** Settles when the directory's search index is built. */
  contactIndexReady: Promise<void> = Promise.resolve();

  get dataDir(): string {
    return this.layout.dataDir;
  }

  /**
   * What the person must be told about the store's files, oldest first: set aside, recovered from a
   * backup, from a newer version. Grows as releases and their history are first read.
   */
  get notices(): readonly StoreNotice[] {
    return this.files.notices;
  }

  /** Why the store cannot save right now, or null; changes are kept in memory and retried. */
  get saveProblem(): SaveProblem | null {
    return this.files.saveProblem;
  }

  static async open(options: OpenStoreOptions): Promise<NewsroomStore> {
    const layout = storeLayout(options.dataDir);
    const clock = options.clock ?? (() => new Date());
    const timeZone = options.timeZone ?? Intl.DateTimeFormat().resolvedOptions().timeZone;
    const readOnly = options.readOnly ?? false;
    if (readOnly) await assertFolderExists(layout.dataDir);
    else await mkdir(layout.dataDir, { recursive: true });
    const lock = readOnly ? null : await StoreLock.acquire(layout.dataDir, options.holder);
    try {
      // A restore or a contact import that a crash interrupted after its commit point is finished
      // here, before any file is read: until then the folder may hold part of each state.
      if (!readOnly) await completeInterruptedRestore(layout.dataDir);
      const isFirstRun = await isNewDataFolder(layout);
      if (!readOnly) {
        const folders = [layout.releasesFolder, layout.revisionsFolder, layout.contactsFolder];
        await Promise.all(folders.map((folder) => mkdir(folder, { recursive: true })));
        await Promise.all([layout.dataDir, ...folders].map(removeStaleTempFiles));
      }

      const events = new StoreEvents();
      // Notices and save failures reach the renderer as a change of the app's status.
      const files = new StoreFiles(layout.dataDir, readOnly, () => events.emit('status'));
      const open = <T>(path: string, codec: DocumentSpec<T>['codec'], defaults: () => T) =>
        files.open<T>({ path, codec, defaults });
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
      const releases = await ReleasesRepository.open(layout, indexDoc, events, clock, files, { readOnly });
      const contactLists = new ContactListsRepository(listsDoc, events, clock);
      const contacts = new ContactsRepository(shardDocs, contactLists, events, clock);
      const store = new NewsroomStore(
        layout,
        lock,
        new SettingsRepository(settingsDoc, events),
        releases,
        contacts,
        contactLists,
        new WindowStateRepository(windowDoc),
        files,
        isFirstRun,
        events,
      );
      if (isFirstRun && options.seedSampleOnFirstRun && !readOnly) await store.seedSample(options.locale);
      // In slices, after the store is open: the window shows before the index is complete.
      store.contactIndexReady = contacts.buildIndex((all) => ContactSearchIndex.build(all));
      return store;
    } catch (error) {
      await lock?.release();
      throw error;
    }
  }

  private async seedSample(locale: string): Promise<void> {
    const sample = firstRunSample(locale);
    await this.settings.update(sample.settings);
    await this.contacts.insert(sample.contacts);
    await this.releases.insert(sample.releases);
  }

  /** Settles when the background work of opening is done: the contact and release search indexes. */
  async whenIndexed(): Promise<void> {
    await Promise.all([this.contactIndexReady, this.releases.whenSearchReady()]);
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
    this.files.close();
    await this.lock?.release();
  }
}

/** A read-only open creates nothing, so a folder that is not there is reported, not made. */
async function assertFolderExists(dataDir: string): Promise<void> {
  try {
    if ((await stat(dataDir)).isDirectory()) return;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  throw new AppFailure('NOT_FOUND', `There is no data folder at ${dataDir}`);
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
