/** Orders backups newest first; the same second falls back to the id, which ends with an occurrence. */
export function newestFirst(
  a: { id: string; createdAt: string },
  b: { id: string; createdAt: string },
): number {
  return Date.parse(b.createdAt) - Date.parse(a.createdAt) || (a.id < b.id ? 1 : a.id > b.id ? -1 : 0);
}
