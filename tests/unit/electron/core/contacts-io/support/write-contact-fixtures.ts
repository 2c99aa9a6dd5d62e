/**
 * Writes the contact fixtures to tests/fixtures/contacts. Run it after changing contact-fixtures.ts:
 *   npx tsx tests/unit/electron/core/contacts-io/support/write-contact-fixtures.ts
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { contactFixtureFiles } from './contact-fixtures';
import { contactFixturesDir } from './read-fixture';

mkdirSync(contactFixturesDir, { recursive: true });
for (const [name, bytes] of Object.entries(contactFixtureFiles())) {
  writeFileSync(join(contactFixturesDir, name), bytes);
  console.log(`wrote ${name} (${bytes.byteLength} bytes)`);
}
