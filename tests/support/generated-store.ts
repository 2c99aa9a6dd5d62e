import { mkdir, writeFile } from 'node:fs/promises';
import { summarise } from '../../electron/core/repositories/releases-repository';
import { contactShardCodec, releaseFileCodec, releasesIndexCodec } from '../../electron/core/store/documents';
import { CONTACT_SHARD_COUNT, contactShardOf, storeLayout } from '../../electron/core/store/layout';
import type { Contact } from '../../electron/shared/schemas/contact';
import { generateContacts, generateRelease } from './generate';

export interface GeneratedStoreSize {
  contacts: number;
  releases: number;
}

/**
 * Writes a store of generated contacts and releases straight to disk, in the store's own format,
 * for benchmarks and large end-to-end tests (setting it up is not what they measure).
 */
export async function writeGeneratedStore(dataDir: string, size: GeneratedStoreSize): Promise<void> {
  const layout = storeLayout(dataDir);
  await mkdir(layout.releasesFolder, { recursive: true });
  await mkdir(layout.contactsFolder, { recursive: true });
  const shards: Contact[][] = Array.from({ length: CONTACT_SHARD_COUNT }, () => []);
  for (const contact of generateContacts(size.contacts)) shards[contactShardOf(contact.id)]!.push(contact);
  await Promise.all(
    shards.map((contacts, shard) =>
      writeFile(layout.contactShard(shard), contactShardCodec.encode({ schemaVersion: 1, contacts })),
    ),
  );
  const releases = Array.from({ length: size.releases }, (_, index) => generateRelease(index));
  for (const release of releases) {
    await writeFile(layout.release(release.id), releaseFileCodec.encode({ schemaVersion: 1, release }));
  }
  await writeFile(
    layout.releasesIndex,
    releasesIndexCodec.encode({ schemaVersion: 1, releases: releases.map(summarise), counters: {} }),
  );
}
