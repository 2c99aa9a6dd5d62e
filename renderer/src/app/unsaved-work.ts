/**
 * Work typed but not yet on disk (an editor's pending autosave). Before the window reloads or the
 * app quits, every registered flush runs, so that closing never loses typed text.
 */
const flushes = new Set<() => Promise<void>>();

/** Registers a flush; returns the function that removes it. */
export function registerUnsavedWork(flush: () => Promise<void>): () => void {
  flushes.add(flush);
  return () => flushes.delete(flush);
}

/** Saves everything pending; never rejects, since quitting must go on even if a save fails. */
export async function flushUnsavedWork(): Promise<void> {
  await Promise.all([...flushes].map((flush) => flush().catch(() => undefined)));
}
