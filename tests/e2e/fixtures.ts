import { test as base, expect } from '@playwright/test';
import { AppHarness, type HarnessOptions } from './harness/app-harness';
import { AppShell } from './pages/app-shell';

interface Fixtures {
  /** Options of the app under test; override with `test.use({ harnessOptions: … })`. */
  harnessOptions: HarnessOptions;
  app: AppHarness;
  shell: AppShell;
}

/** Every test gets the app in Chromium over its own fresh data folder. */
export const test = base.extend<Fixtures>({
  harnessOptions: [{}, { option: true }],
  app: async ({ page, harnessOptions }, use) => {
    const app = await AppHarness.start(page, harnessOptions);
    await app.open();
    await use(app);
    await app.close();
    // Whatever the test did, the app itself must never trip its own Content-Security-Policy.
    expect(app.pageErrors.filter((error) => error.includes('Content Security Policy'))).toEqual([]);
  },
  shell: async ({ app }, use) => {
    await use(new AppShell(app.page));
  },
});

export { expect };
