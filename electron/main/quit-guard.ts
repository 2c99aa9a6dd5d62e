import { app } from 'electron';

/** How long quitting may wait for the last writes before it gives up and exits anyway. */
export const QUIT_WAIT_LIMIT_MS = 5_000;

/**
 * Holds the first quit until `flush` has finished (or the time limit passed), then quits for real.
 * A quit that lands mid-write would otherwise lose the edit the person just made.
 */
export function holdQuitUntilFlushed(flush: () => Promise<void>, onTimeout: () => void): void {
  let state: 'running' | 'flushing' | 'done' = 'running';
  app.on('before-quit', (event) => {
    if (state === 'done') return;
    event.preventDefault();
    if (state === 'flushing') return;
    state = 'flushing';
    let timer: NodeJS.Timeout | undefined;
    const limit = new Promise<void>((resolve) => {
      timer = setTimeout(() => {
        onTimeout();
        resolve();
      }, QUIT_WAIT_LIMIT_MS);
    });
    void Promise.race([flush().catch(() => undefined), limit]).then(() => {
      clearTimeout(timer);
      state = 'done';
      app.quit();
    });
  });
}
