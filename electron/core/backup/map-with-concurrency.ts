/**
 * Maps `items` through `map` with at most `limit` calls in flight, keeping the order of the results.
 * Thousands of small files read or written all at once would exhaust file handles (macOS allows 256
 * by default); one at a time would leave the disk idle between calls. After a failure no new call
 * starts, and the first failure is what the returned promise rejects with.
 */
export async function mapWithConcurrency<T, R>(
  items: readonly T[],
  limit: number,
  map: (item: T) => Promise<R>,
): Promise<R[]> {
  const results: R[] = [];
  // One iterator shared by every worker: each takes the next item when it is free.
  const queue = items.entries();
  let failed = false;
  const worker = async (): Promise<void> => {
    for (const [index, item] of queue) {
      if (failed) return;
      try {
        results[index] = await map(item);
      } catch (error) {
        failed = true;
        throw error;
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}
