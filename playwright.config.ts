import { defineConfig } from '@playwright/test';
import { chromiumArgs, chromiumVersion, findChromium } from './tests/e2e/harness/find-chromium';

const chromium = await findChromium().catch((error: Error) => error);
// Say once, in the main process, which browser ran the tests.
if (!process.env.TEST_WORKER_INDEX) {
  console.log(
    chromium instanceof Error
      ? `End-to-end browser: none found. ${chromium.message}`
      : `End-to-end browser: ${chromiumVersion(chromium.executablePath)}, from ${chromium.source}`,
  );
}

export default defineConfig({
  forbidOnly: true,
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  retries: 0,
  timeout: 30_000,
  expect: { timeout: 10_000 },
  reporter: [['list']],
  outputDir: 'test-results',
  projects: [
    {
      name: 'chromium-harness',
      testDir: 'tests/e2e',
      use: {
        browserName: 'chromium',
        viewport: { width: 1280, height: 820 },
        locale: 'en-GB',
        colorScheme: 'light',
        trace: 'retain-on-failure',
        screenshot: 'only-on-failure',
        launchOptions:
          chromium instanceof Error ? {} : { executablePath: chromium.executablePath, args: chromiumArgs() },
      },
    },
    {
      name: 'electron',
      testDir: 'tests/electron',
      timeout: 60_000,
    },
  ],
});
