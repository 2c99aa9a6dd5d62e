import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** Where the release fixtures live. */
export const releaseFixturesDir = resolve(import.meta.dirname, '../../../../../fixtures/releases');

/** The generated .docx fixture's file name; write-release-fixtures.ts writes it. */
export const DOCX_FIXTURE = 'harbourview.docx';

/** One release fixture, as the import receives it: the file name and the bytes. */
export function releaseFixture(fileName: string): { fileName: string; bytes: Uint8Array } {
  return { fileName, bytes: new Uint8Array(readFileSync(join(releaseFixturesDir, fileName))) };
}
