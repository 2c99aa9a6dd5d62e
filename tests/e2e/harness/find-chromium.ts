import { existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';

export interface ChromiumChoice {
  executablePath: string;
  /** Where it came from, said in the test output so that a run can be reproduced. */
  source: string;
}

/** Browsers installed by the system, most likely first: Debian's package, then Chrome. */
const SYSTEM_BROWSERS = [
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
 * The Chromium the end-to-end harness drives: `NEWSROOM_CHROMIUM` when set, else a system browser,
 * else the one `@sparticuz/chromium` ships inside its npm package (Linux x64 only). Playwright's own
 * browser download is not used: it comes from outside the npm registry.
 */
export async function findChromium(
  env: Record<string, string | undefined> = process.env,
): Promise<ChromiumChoice> {
  const fromEnv = env.NEWSROOM_CHROMIUM;
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`NEWSROOM_CHROMIUM points to ${fromEnv}, which does not exist`);
    return { executablePath: fromEnv, source: `NEWSROOM_CHROMIUM (${fromEnv})` };
  }
  const system = SYSTEM_BROWSERS.find((path) => existsSync(path));
  if (system) return { executablePath: system, source: `system browser ${system}` };
  try {
    const { default: packaged } = await import('@sparticuz/chromium');
    const executablePath = await packaged.executablePath();
    return { executablePath, source: `@sparticuz/chromium (${executablePath})` };
  } catch (error) {
    throw new Error(
      'No Chromium found for the end-to-end tests. Install Debian’s chromium package (apt-get install chromium), ' +
        `or set NEWSROOM_CHROMIUM to a Chromium or Chrome executable. (${(error as Error).message})`,
      { cause: error },
    );
  }
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
