import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

/** A Chromium to print with, outside Electron: the command line and the end-to-end tests. */
export interface ChromiumChoice {
  executablePath: string;
  /** Where it came from, said in the output so that a run can be reproduced. */
  source: string;
}

/** Browsers installed by the system, most likely first: Debian's package, then Chrome. */
export const SYSTEM_BROWSERS = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/snap/bin/chromium',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
];

/**
 * Installed browsers that playwright-core finds by channel name wherever their installer put them
 * (Chrome, Edge, on every platform), tried when no executable path is known.
 */
export const BROWSER_CHANNELS = [
  { channel: 'chrome', name: 'Google Chrome' },
  { channel: 'msedge', name: 'Microsoft Edge' },
] as const;

/**
 * The Chromium named by `NEWSROOM_CHROMIUM`, else the first system browser found, else null (the
 * caller then tries {@link BROWSER_CHANNELS}). A `NEWSROOM_CHROMIUM` that points nowhere is an
 * error rather than a fall-back, so that a typo never prints with another browser than the one asked.
 */
export function findSystemChromium(
  env: Record<string, string | undefined> = process.env,
): ChromiumChoice | null {
  const fromEnv = env.NEWSROOM_CHROMIUM?.trim();
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`NEWSROOM_CHROMIUM points to ${fromEnv}, which does not exist`);
    return { executablePath: fromEnv, source: `NEWSROOM_CHROMIUM (${fromEnv})` };
  }
  const system = SYSTEM_BROWSERS.find((path) => existsSync(path));
  return system ? { executablePath: system, source: `system browser ${system}` } : null;
}

/** The browser's own version line, e.g. "Chromium 156.0.8078.108". */
export function chromiumVersion(executablePath: string): string {
  try {
    return execFileSync(executablePath, ['--version'], {
      encoding: 'utf8',
      timeout: 10_000,
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trim();
  } catch {
    return 'version unknown';
  }
}

/** Flags for a quiet, offline, headless Chromium; no sandbox when running as root (CI containers). */
export function chromiumArgs(): string[] {
  const args = [
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--disable-default-apps',
  ];
  if (process.getuid?.() === 0) args.push('--no-sandbox');
  return args;
}
