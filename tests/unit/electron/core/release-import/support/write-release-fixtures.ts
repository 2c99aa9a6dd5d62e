/**
 * Writes the generated release fixture (the .docx) to tests/fixtures/releases. Run it after
 * changing release-docx.ts or harbourview-release.ts:
 *   npx tsx tests/unit/electron/core/release-import/support/write-release-fixtures.ts
 * The Markdown, HTML and plain-text fixtures beside it are written by hand.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { harbourviewDocx } from './release-docx';
import { DOCX_FIXTURE, releaseFixturesDir } from './release-fixtures';

const bytes = await harbourviewDocx();
writeFileSync(join(releaseFixturesDir, DOCX_FIXTURE), bytes);
console.log(`wrote ${DOCX_FIXTURE} (${String(bytes.byteLength)} bytes)`);
