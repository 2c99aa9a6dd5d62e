import { relative, sep } from 'node:path';
import { AppFailure } from '../../shared/result';
import { storeLayout } from '../store/layout';

/*
 * Where contact imports keep what is not in the contact shards. Paths are relative to the data
 * folder with `/`, as the journal of restore-journal.ts lists them.
 */

/** One file per contact photo, `<contact id>.<extension>`: photos are never inline in the JSON. */
export const CONTACT_PHOTOS_FOLDER = 'contacts/photos';
/** One undo record per import, `<import id>.json`. */
export const IMPORT_RECORDS_FOLDER = 'contacts/imports';

/** Import ids name files: letters, digits and dashes only (a UUID is one). */
const IMPORT_ID = /^[A-Za-z0-9-]{1,64}$/;

/** The data path of a contact shard, as the journal lists it. */
export function shardDataPath(shard: number): string {
  const layout = storeLayout('.');
  return relative(layout.dataDir, layout.contactShard(shard)).split(sep).join('/');
}

/** The data path of a contact's photo. */
export function photoDataPath(contactId: string, extension: string): string {
  return `${CONTACT_PHOTOS_FOLDER}/${contactId}.${extension}`;
}

/** The data path of an import's undo record; refuses an id that could not safely name a file. */
export function importRecordDataPath(importId: string): string {
  if (!IMPORT_ID.test(importId)) {
    throw new AppFailure(
      'INVALID_INPUT',
      `An import id has letters, digits and dashes only, not ${JSON.stringify(importId)}`,
    );
  }
  return `${IMPORT_RECORDS_FOLDER}/${importId}.json`;
}
