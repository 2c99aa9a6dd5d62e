import { existsSync } from 'node:fs';
import { SYSTEM_BROWSERS, type ChromiumChoice } from '../../../electron/core/pdf/find-chromium';

export type { ChromiumChoice } from '../../../electron/core/pdf/find-chromium';
export { chromiumArgs, chromiumVersion } from '../../../electron/core/pdf/find-chromium';

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
