import { setImmediate as nextTurn } from 'node:timers/promises';

/**
 * Cuts long work into slices so the event loop keeps answering IPC and painting in between. Work
 * asks `due()` often (it is cheap) and awaits `pause()` only when its slice is used up.
 */
export class TimeSlicer {
  #sliceStart = performance.now();

  /**
   * @param sliceMs how long one slice may run before it yields to the event loop.
   * @param signal aborts the work at its next pause, with the signal's reason.
   */
  constructor(
    private readonly sliceMs: number,
    private readonly signal?: AbortSignal,
  ) {}

  /** True once the current slice has run its time. */
  due(): boolean {
    return performance.now() - this.#sliceStart >= this.sliceMs;
  }

  /** Lets the event loop run queued work, then starts a new slice. */
  async pause(): Promise<void> {
    this.signal?.throwIfAborted();
    await nextTurn();
    this.signal?.throwIfAborted();
    this.#sliceStart = performance.now();
  }
}
