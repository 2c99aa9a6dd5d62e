import type { PlatformHandlers } from '../core/ipc/channel-handlers';
import { AppFailure } from '../shared/result';
import { toSafeExternalUrl } from './security/external-url';

/** What the platform channels need from the desktop: Electron's `shell` in the app, a fake in tests. */
export interface Desktop {
  openExternal: (url: string) => Promise<void>;
  /** Resolves to an error message, or to '' on success (as Electron's `shell.openPath`). */
  openPath: (path: string) => Promise<string>;
  /** Puts plain text on the system clipboard. */
  writeClipboard: (text: string) => Promise<void>;
  /** The renderer has saved what was pending and the app may quit. */
  rendererReadyToQuit: () => void;
}

/** The channels that reach the desktop. Every URL goes through the external-URL guard first. */
export function createPlatformHandlers(dataDir: string, desktop: Desktop): PlatformHandlers {
  return {
    'shell:openExternal': async ({ url }) => {
      const safe = toSafeExternalUrl(url);
      if (!safe)
        throw new AppFailure(
          'UNSAFE_URL',
          `Refused to open ${url.slice(0, 200)}: only https and mailto links open`,
        );
      await desktop.openExternal(safe);
      return null;
    },
    // Through main rather than navigator.clipboard: the page is granted no permission at all.
    'clipboard:writeText': async ({ text }) => {
      await desktop.writeClipboard(text);
      return null;
    },
    'app:readyToQuit': () => {
      desktop.rendererReadyToQuit();
      return null;
    },
    'app:revealDataFolder': async () => {
      const problem = await desktop.openPath(dataDir);
      if (problem) throw new AppFailure('NOT_FOUND', `Could not open ${dataDir}: ${problem}`);
      return null;
    },
  };
}
