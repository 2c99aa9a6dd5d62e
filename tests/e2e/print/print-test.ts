import { test as base, expect } from '@playwright/test';
import { AppHarness } from '../harness/app-harness';
import { PrintPage } from './print-page';

interface PrintFixtures {
  harness: AppHarness;
  print: PrintPage;
}

/**
 * Every test gets the print page served as the app serves it (built renderer, app CSP), and must
 * end with no CSP violation and no request leaving the app.
 */
export const test = base.extend<PrintFixtures>({
  harness: async ({ page }, use) => {
    const harness = await AppHarness.start(page, { seedSample: false });
    await use(harness);
    await harness.close();
    expect(harness.blockedRequests).toEqual([]);
    expect(harness.pageErrors.filter((error) => error.includes('Content Security Policy'))).toEqual([]);
  },
  print: async ({ page, harness }, use) => {
    expect(harness.blockedRequests).toEqual([]);
    const print = await PrintPage.open(page);
    await use(print);
    expect(await print.violations()).toEqual([]);
  },
});

export { expect };
