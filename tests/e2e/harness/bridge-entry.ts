/*
 * Runs in the page before any of the app's scripts, in place of Electron's preload. It builds
 * `window.newsroom` with the preload's own `buildNewsroomApi`, over a Playwright binding that calls
 * main's router in the test process. Events from "main" arrive through `__newsroomHarnessEmit`.
 */
import { buildNewsroomApi } from '../../../electron/preload/build-api';
import type { NewsroomTransport } from '../../../electron/shared/ipc/api';
import type { Result } from '../../../electron/shared/result';

type Listener = (payload: unknown) => void;

interface HarnessWindow {
  /** Takes and returns JSON text: Playwright moves a string far faster than a large object. */
  __newsroomHarnessInvoke: (channel: string, input: string | undefined) => Promise<string>;
  __newsroomHarnessEmit?: (event: string, payload: unknown) => void;
}

const harness = window as unknown as HarnessWindow;
const listeners = new Map<string, Set<Listener>>();

const transport: NewsroomTransport = {
  invoke: async (channel, input) => {
    const answer = await harness.__newsroomHarnessInvoke(
      channel,
      input === undefined ? undefined : JSON.stringify(input),
    );
    return JSON.parse(answer) as Result<never>;
  },
  subscribe: (event, listener) => {
    const set = listeners.get(event) ?? new Set<Listener>();
    set.add(listener as Listener);
    listeners.set(event, set);
    return () => set.delete(listener as Listener);
  },
};

harness.__newsroomHarnessEmit = (event, payload) => {
  for (const listener of listeners.get(event) ?? []) listener(payload);
};

// Like contextBridge.exposeInMainWorld: a frozen object the page cannot replace.
Object.defineProperty(window, 'newsroom', {
  value: buildNewsroomApi(transport),
  writable: false,
  configurable: false,
  enumerable: true,
});
