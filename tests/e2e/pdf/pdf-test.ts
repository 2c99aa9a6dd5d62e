import { test as base, expect } from '@playwright/test';
import type { ChromiumPagePrinter } from '../../../electron/core/pdf/chromium-page-printer';
import { builtRendererPrinter } from './built-renderer-printer';

/**
 * One warm printer per worker, shared by the tests of a file as the app shares one: it must end
 * with no request blocked, i.e. none that tried to leave the app.
 */
export const test = base.extend<object, { printer: ChromiumPagePrinter }>({
  printer: [
    async ({ browser }, use) => {
      const printer = builtRendererPrinter(browser);
      await use(printer);
      await printer.close();
      expect(printer.blockedRequests).toEqual([]);
    },
    { scope: 'worker' },
  ],
});

export { expect };
