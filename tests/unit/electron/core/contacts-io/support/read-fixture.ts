import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** Where the contact fixtures live. */
export const contactFixturesDir = resolve(import.meta.dirname, '../../../../../fixtures/contacts');

/** The bytes of one contact fixture, as an importer receives them from a file. */
export function readContactFixture(name: string): Uint8Array {
  return new Uint8Array(readFileSync(join(contactFixturesDir, name)));
}
