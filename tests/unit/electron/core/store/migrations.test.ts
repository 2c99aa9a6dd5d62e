import { describe, expect, it } from 'vitest';
import { runMigrations } from '../../../../../electron/core/store/migrations';

describe('runMigrations', () => {
  const migrations = [
    (doc: Record<string, unknown>) => ({ ...doc, renamed: doc.old, old: undefined }),
    (doc: Record<string, unknown>) => ({ ...doc, count: Number(doc.count ?? 0) + 1 }),
  ];

  it('runs every step from the file’s version to the current one, in order', () => {
    expect(runMigrations({ schemaVersion: 1, old: 'x' }, 1, 3, migrations)).toEqual({
      schemaVersion: 3,
      renamed: 'x',
      old: undefined,
      count: 1,
    });
    expect(runMigrations({ schemaVersion: 2, count: 4 }, 2, 3, migrations)).toEqual({
      schemaVersion: 3,
      count: 5,
    });
  });

  it('never changes the document it is given', () => {
    const original = { schemaVersion: 1, old: 'x', nested: { a: 1 } };
    const copy = structuredClone(original);
    runMigrations(original, 1, 3, migrations);
    expect(original).toEqual(copy);
  });

  it('refuses a migration list that does not reach the target version', () => {
    expect(() => runMigrations({ schemaVersion: 1 }, 1, 4, migrations)).toThrow(/Expected 3 migrations/);
  });
});
