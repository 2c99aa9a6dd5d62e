import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { contactFixtureFiles } from './support/contact-fixtures';
import { contactFixturesDir, readContactFixture } from './support/read-fixture';

describe('contact fixtures', () => {
  it('are exactly what contact-fixtures.ts generates (run write-contact-fixtures.ts after a change)', () => {
    const generated = contactFixtureFiles();
    const onDisk = readdirSync(contactFixturesDir).filter((name) => !name.startsWith('.'));
    expect(onDisk.sort()).toEqual(Object.keys(generated).sort());
    for (const [name, bytes] of Object.entries(generated)) {
      expect(Buffer.from(readContactFixture(name)).equals(Buffer.from(bytes)), name).toBe(true);
    }
  });
});
