import { homedir } from 'node:os';
import { join, resolve, win32 } from 'node:path';
import { resolveDataDir } from '../core/store/data-dir';

/** The application name Electron files the app's data under: package.json's `productName`. */
const APP_NAME = 'Newsroom';

/** What the default location depends on, passed in so that every platform's answer can be tested. */
export interface Platform {
  platform: NodeJS.Platform;
  env: Record<string, string | undefined>;
  home: string;
}

export const thisPlatform = (env: Record<string, string | undefined>): Platform => ({
  platform: process.platform,
  env,
  home: homedir(),
});

/**
 * The folder the app keeps its data in when `NEWSROOM_DATA_DIR` is not set:
 * `app.getPath('userData')/data`, where Electron's userData is the per-user application-data folder
 * (as Electron computes `appData`) followed by the app's name.
 */
export function appDataDir({ platform, env, home }: Platform): string {
  if (platform === 'win32') {
    return win32.join(env.APPDATA ?? win32.join(home, 'AppData', 'Roaming'), APP_NAME, 'data');
  }
  if (platform === 'darwin') return join(home, 'Library', 'Application Support', APP_NAME, 'data');
  // Linux and the other Unixes: the XDG config folder, as Electron uses.
  return join(env.XDG_CONFIG_HOME?.trim() || join(home, '.config'), APP_NAME, 'data');
}

/** `--data-dir` when given (relative to the working folder), else `NEWSROOM_DATA_DIR`, else the app's. */
export function cliDataDir(option: string | undefined, cwd: string, platform: Platform): string {
  if (option !== undefined) return resolve(cwd, option);
  return resolveDataDir(platform.env, appDataDir(platform));
}
