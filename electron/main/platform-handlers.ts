import { shell } from 'electron';
import type { PlatformHandlers } from '../core/ipc/channel-handlers';
import { AppFailure } from '../shared/result';
import { toSafeExternalUrl } from './security/external-url';

/** The channels that reach the desktop. Every URL goes through the external-URL guard first. */
export function createPlatformHandlers(dataDir: string): PlatformHandlers {
  return {
    'shell:openExternal': async ({ url }) => {
      const safe = toSafeExternalUrl(url);
      if (!safe)
        throw new AppFailure(
          'UNSAFE_URL',
          `Refused to open ${url.slice(0, 200)}: only https and mailto links open`,
        );
      await shell.openExternal(safe);
      return null;
    },
    'app:revealDataFolder': async () => {
      const problem = await shell.openPath(dataDir);
      if (problem) throw new AppFailure('NOT_FOUND', `Could not open ${dataDir}: ${problem}`);
      return null;
    },
  };
}
