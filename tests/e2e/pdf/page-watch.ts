import type { Browser } from '@playwright/test';
import type { PageFactory } from '../../../electron/core/pdf/chromium-page-printer';
import { HARNESS_ORIGIN } from '../harness/app-harness';

/** Everything a page did that a printed release must never make it do. */
export interface PageActivity {
  /** alert(), confirm(), prompt() and print dialogs. */
  dialogs: string[];
  /** Console messages that say a payload ran: "ran", or the canary global being set. */
  ranMessages: string[];
  pageErrors: string[];
  /** Requests for anything but the app's own files: http:, https:, file:, ws:… */
  foreignRequests: string[];
  cspViolations: string[];
  /** Frames attached to the page: a release never makes one. */
  framesAttached: number;
}

/**
 * Runs in each page before the print page's own script: reports CSP violations on the console,
 * and turns the canary global (which some payloads set) into a console message too, so that
 * nothing is lost when the printer replaces its page.
 */
function watchInPage(): void {
  document.addEventListener('securitypolicyviolation', (event) =>
    console.warn(`csp-violation ${event.violatedDirective} ${event.blockedURI}`),
  );
  Object.defineProperty(window, 'xssCanary', {
    set: () => console.warn('ran: the canary global was set'),
    get: () => undefined,
  });
}

/** What a page that did nothing it should not reports. */
export function noActivity(): PageActivity {
  return {
    dialogs: [],
    ranMessages: [],
    pageErrors: [],
    foreignRequests: [],
    cspViolations: [],
    framesAttached: 0,
  };
}

/** Pages for a printer, each watched from its first request to its close. */
export class PageWatch {
  private readonly activity: PageActivity = noActivity();
  /** Whether each page opened so far had JavaScript, in order. */
  readonly javaScriptByPage: boolean[] = [];

  constructor(private readonly browser: Browser) {}

  /** A page factory for `createChromiumPagePrinter`. */
  readonly newPage: PageFactory = async ({ javaScriptEnabled }) => {
    this.javaScriptByPage.push(javaScriptEnabled);
    const page = await this.browser.newPage({ serviceWorkers: 'block', javaScriptEnabled });
    const { activity } = this;
    page.on('dialog', (dialog) => {
      activity.dialogs.push(`${dialog.type()}: ${dialog.message()}`);
      void dialog.dismiss().catch(() => undefined);
    });
    page.on('console', (message) => {
      const text = message.text();
      if (text.startsWith('csp-violation ')) activity.cspViolations.push(text);
      else if (/\bran\b/i.test(text)) activity.ranMessages.push(text);
    });
    page.on('pageerror', (error) => activity.pageErrors.push(error.message));
    page.on('request', (request) => {
      if (new URL(request.url()).origin !== HARNESS_ORIGIN) activity.foreignRequests.push(request.url());
    });
    page.on('frameattached', () => {
      activity.framesAttached += 1;
    });
    await page.addInitScript(watchInPage);
    return page;
  };

  /** What the watched pages did so far. */
  report(): PageActivity {
    return structuredClone(this.activity);
  }
}
