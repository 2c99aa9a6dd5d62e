import { describe, expect, it } from 'vitest';
import { planImport } from '../../../../../electron/core/contacts-import/plan-import';
import {
  resolveImport,
  type DirectoryNow,
} from '../../../../../electron/core/contacts-import/resolve-import';
import type { ParsedContact } from '../../../../../electron/core/contacts-io/import-result';
import { blankContactFields, type ContactFields } from '../../../../../electron/shared/schemas/contact';

const record = (fields: Partial<ContactFields>, withPhoto = false): ParsedContact => ({
  ...blankContactFields(),
  ...fields,
  ...(withPhoto ? { photo: { mimeType: 'image/png', bytes: new Uint8Array([0x89, 0x50, 0x4e, 0x47]) } } : {}),
});
let ids = 0;
const emptyDirectory: DirectoryNow = {
  find: () => undefined,
  hasPhoto: () => false,
  now: '2026-11-28T10:00:00.000Z',
  newId: () => `00000000-0000-4000-8000-${String(++ids).padStart(12, '0')}`,
};
const zoe = {
  givenName: 'Zoë',
  familyName: 'Larsen',
  emails: [{ address: 'zoe@example.no', label: 'work' as const }],
};

describe('resolving decisions over records of the same file', () => {
  it('merges a repeated record into the contact the first one became, photo and all', async () => {
    const plan = await planImport(
      { records: [record(zoe, true), record({ ...zoe, role: 'Editor' }, true)], errors: [] },
      [],
    );
    const resolved = resolveImport(plan, { 1: 'merge' }, emptyDirectory);
    expect(resolved.counts).toEqual({ added: 1, merged: 1, skipped: 0 });
    expect(resolved.added).toHaveLength(1);
    expect(resolved.added[0]).toMatchObject({
      role: 'Editor',
      notes: 'Imported: photo: not kept, the contact already has one',
    });
    expect(resolved.photos.map((photo) => photo.contactId)).toEqual([resolved.added[0]!.id]);
    expect(resolved.merged).toEqual([]);
  });

  it('adds a repeated record whose first was skipped, rather than losing both', async () => {
    const plan = await planImport(
      { records: [record(zoe), record({ ...zoe, role: 'Editor' })], errors: [] },
      [],
    );
    const resolved = resolveImport(plan, { 0: 'skip', 1: 'merge' }, emptyDirectory);
    expect(resolved.counts).toEqual({ added: 1, merged: 0, skipped: 1 });
    expect(resolved.added[0]).toMatchObject({ role: 'Editor', createdAt: emptyDirectory.now });
  });
});
