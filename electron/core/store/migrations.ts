/**
 * A pure function that turns a document of version N into version N + 1. It receives plain JSON
 * and returns plain JSON; validation happens after the last step.
 */
export type Migration = (document: Record<string, unknown>) => Record<string, unknown>;

/**
 * Runs `migrations[v - 1]` for every version v from `fromVersion` up to `toVersion - 1`, so that
 * `migrations[0]` upgrades version 1 to 2. The input is never mutated.
 */
export function runMigrations(
  document: Record<string, unknown>,
  fromVersion: number,
  toVersion: number,
  migrations: readonly Migration[],
): Record<string, unknown> {
  if (migrations.length !== toVersion - 1) {
    throw new Error(
      `Expected ${toVersion - 1} migrations to reach version ${toVersion}, got ${migrations.length}`,
    );
  }
  let current = structuredClone(document);
  for (let version = fromVersion; version < toVersion; version += 1) {
    const migrate = migrations[version - 1];
    if (!migrate) throw new Error(`No migration from version ${version}`);
    current = { ...migrate(current), schemaVersion: version + 1 };
  }
  return current;
}
