import { join } from 'node:path';

/** Contacts are spread over this many files so that saving one contact rewrites a small file. */
export const CONTACT_SHARD_COUNT = 32;

/**
 * Where each store file lives in a data directory. The split keeps every write small: one file per
 * release, an index for the release list, contacts in shards.
 */
export function storeLayout(dataDir: string) {
  const releasesFolder = join(dataDir, 'releases');
  const contactsFolder = join(dataDir, 'contacts');
  return {
    dataDir,
    settings: join(dataDir, 'settings.json'),
    windowState: join(dataDir, 'window-state.json'),
    releasesFolder,
    releasesIndex: join(releasesFolder, 'index.json'),
    release: (id: string) => join(releasesFolder, `${id}.json`),
    revisionsFolder: join(releasesFolder, 'revisions'),
    releaseRevisions: (id: string) => join(releasesFolder, 'revisions', `${id}.json`),
    contactsFolder,
    contactShard: (shard: number) => join(contactsFolder, `shard-${String(shard).padStart(2, '0')}.json`),
    contactLists: join(contactsFolder, 'lists.json'),
  };
}
export type StoreLayout = ReturnType<typeof storeLayout>;

/** The shard a contact lives in, from the first byte of its random UUID. */
export function contactShardOf(id: string): number {
  return Number.parseInt(id.slice(0, 2), 16) % CONTACT_SHARD_COUNT;
}

const RELEASE_FILE = /^([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\.json$/;

/** The release id a file name in the releases folder stands for, or null for any other file. */
export function releaseIdOfFile(name: string): string | null {
  return RELEASE_FILE.exec(name)?.[1] ?? null;
}
