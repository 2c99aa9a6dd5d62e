import { chromium, type Browser } from 'playwright-core';
import { BROWSER_CHANNELS, chromiumArgs, findSystemChromium } from '../../core/pdf/find-chromium';
import { CliError } from '../cli-error';

/** A running headless Chromium and where it came from. */
export interface LaunchedChromium {
  browser: Browser;
  source: string;
}

const INSTALL_ADVICE =
  'Install Chromium (Debian and Ubuntu: sudo apt-get install chromium), Google Chrome or Microsoft Edge, ' +
  'or set NEWSROOM_CHROMIUM to the path of a Chromium or Chrome executable.';

/**
 * Starts the Chromium that prints PDFs: `NEWSROOM_CHROMIUM`, else a system Chromium or Chrome at
 * its usual path, else an installed Chrome or Edge that playwright-core finds by channel. The
 * command line never downloads a browser; with none installed it says what to install.
 */
export async function launchChromium(env: Record<string, string | undefined>): Promise<LaunchedChromium> {
  let found;
  try {
    found = findSystemChromium(env);
  } catch (error) {
    throw new CliError(1, 'NO_CHROMIUM', `${(error as Error).message}. ${INSTALL_ADVICE}`, { cause: error });
  }
  if (found) {
    try {
      const browser = await chromium.launch({ executablePath: found.executablePath, args: chromiumArgs() });
      return { browser, source: found.source };
    } catch (error) {
      throw new CliError(
        1,
        'NO_CHROMIUM',
        `Could not start ${found.source}: ${firstLine(error)}. ${INSTALL_ADVICE}`,
        { cause: error },
      );
    }
  }
  const failures: string[] = [];
  for (const { channel, name } of BROWSER_CHANNELS) {
    try {
      const browser = await chromium.launch({ channel, args: chromiumArgs() });
      return { browser, source: `installed ${name}` };
    } catch (error) {
      failures.push(`${name}: ${firstLine(error)}`);
    }
  }
  throw new CliError(
    1,
    'NO_CHROMIUM',
    `No Chromium, Chrome or Edge was found to print PDFs with. ${INSTALL_ADVICE} (Tried: ${failures.join('; ')}.)`,
  );
}

/** Playwright's launch errors carry a long log after their first line. */
function firstLine(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.split('\n')[0]!.replace(/^browserType\.launch:\s*/, '');
}
