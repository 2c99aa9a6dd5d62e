/*
 * Security suite (issue 8, point 5): main's navigation guards, which only Electron runs. They are
 * driven here through a fake `app` and fake webContents that emit what Electron emits (Electron's
 * binary cannot run on these machines). Electron cancels a navigation when a listener calls
 * `preventDefault()`; a window opens only when the open handler answers `allow`.
 */
import { EventEmitter } from 'node:events';
import fc from 'fast-check';
import { beforeEach, describe, expect, it, vi } from 'vitest';

/** What the fake `shell` was asked to open. */
const opened = vi.hoisted((): string[] => []);
vi.mock('electron', async () => {
  const { EventEmitter: Emitter } = await import('node:events');
  return {
    app: new Emitter(),
    shell: {
      openExternal: (url: string) => {
        opened.push(url);
        return Promise.resolve();
      },
    },
    session: { defaultSession: null },
  };
});

const electron = { app: (await import('electron')).app as unknown as EventEmitter, opened };
const { hardenAllWebContents, lockDownSession } =
  await import('../../../../electron/main/security/harden-web-contents');

type WindowOpenHandler = (details: { url: string }) => { action: 'allow' | 'deny' };

/** What Electron hands a navigation listener: the URL, the frame kind, and a way to cancel. */
class FakeNavigationEvent {
  prevented = false;
  constructor(
    readonly url: string,
    readonly isMainFrame: boolean,
  ) {}
  preventDefault(): void {
    this.prevented = true;
  }
}

/** A webContents as far as the guards see it. */
class FakeWebContents extends EventEmitter {
  windowOpenHandler: WindowOpenHandler | null = null;
  setWindowOpenHandler(handler: WindowOpenHandler): void {
    this.windowOpenHandler = handler;
  }

  /**
   * A navigation the page starts, as Electron's navigation throttle reports it: will-frame-navigate
   * for any frame, then will-navigate for the main frame unless already cancelled.
   * Returns whether the navigation goes ahead.
   */
  navigate(url: string, isMainFrame = true): boolean {
    const frame = new FakeNavigationEvent(url, isMainFrame);
    this.emit('will-frame-navigate', frame);
    if (frame.prevented) return false;
    if (!isMainFrame) return true;
    const main = new FakeNavigationEvent(url, true);
    this.emit('will-navigate', main);
    return !main.prevented;
  }

  /** Returns whether Electron would follow the redirect. */
  redirect(url: string, isMainFrame = true): boolean {
    const event = new FakeNavigationEvent(url, isMainFrame);
    this.emit('will-redirect', event);
    return !event.prevented;
  }

  attachWebview(): boolean {
    const event = new FakeNavigationEvent('', false);
    this.emit('will-attach-webview', event, {}, {});
    return !event.prevented;
  }

  open(url: string): 'allow' | 'deny' {
    if (!this.windowOpenHandler) throw new Error('No window-open handler: Electron would allow every window');
    return this.windowOpenHandler({ url }).action;
  }
}

/** A webContents as the app creates it, with the guards already attached. */
function createContents(): FakeWebContents {
  const contents = new FakeWebContents();
  electron.app.emit('web-contents-created', {}, contents);
  return contents;
}

/** Written apart from main's guard: what the operating system may be asked to open. */
function isWebOrMailLink(url: string): boolean {
  try {
    const { protocol, hostname, username, password } = new URL(url);
    if (username || password) return false;
    return (protocol === 'https:' && hostname !== '') || protocol === 'mailto:';
  } catch {
    return false;
  }
}

const APP_ORIGIN = 'app://newsroom';
const hostileUrls = [
  'https://evil.example/',
  'http://evil.example/',
  'file:///etc/passwd',
  'javascript:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  'smb://evil.example/share',
  'ms-settings:privacy',
  'about:blank',
  'app://evil/index.html',
  'app://newsroom.evil/print.html',
  'app://user@newsroom/print.html',
  'chrome://settings',
  'devtools://devtools/bundled/inspector.html',
];

beforeEach(() => {
  electron.app.removeAllListeners();
  electron.opened.length = 0;
  hardenAllWebContents([APP_ORIGIN]);
});

describe('hardenAllWebContents', () => {
  it('guards every webContents the app creates, not only the first', () => {
    for (const contents of [createContents(), createContents(), createContents()]) {
      expect(contents.navigate('https://evil.example/')).toBe(false);
      expect(contents.open('https://evil.example/')).toBe('deny');
    }
  });

  it.each([...hostileUrls, `${APP_ORIGIN}/index.html`, `${APP_ORIGIN}/print.html`])(
    'keeps the window where it is when the page navigates to %s',
    (url) => {
      expect(createContents().navigate(url, true)).toBe(false);
    },
  );

  it('hands web and email links to the person’s own programs, and nothing else', () => {
    const contents = createContents();
    for (const url of hostileUrls) contents.navigate(url);
    contents.navigate('mailto:press@example.org');
    contents.navigate(`${APP_ORIGIN}/index.html`);
    // The guard normalises what it hands over; the URL still points where the link said.
    expect(electron.opened).toEqual(['https://evil.example/', 'mailto:press@example.org']);
  });

  it('lets a frame load the app’s own print page (the live preview), and nothing else', () => {
    const contents = createContents();
    expect(contents.navigate(`${APP_ORIGIN}/print.html`, false)).toBe(true);
    expect(contents.navigate(`${APP_ORIGIN}/print.html?job=3#top`, false)).toBe(true);
    for (const url of [...hostileUrls, `${APP_ORIGIN}/index.html`, `${APP_ORIGIN}/printed-release.html`]) {
      expect(contents.navigate(url, false), url).toBe(false);
    }
    // A link followed inside a frame is not opened outside either.
    expect(electron.opened).toEqual([]);
  });

  it('follows no redirect, in any frame', () => {
    const contents = createContents();
    for (const url of [...hostileUrls, `${APP_ORIGIN}/index.html`, `${APP_ORIGIN}/print.html`]) {
      expect(contents.redirect(url, true), url).toBe(false);
      expect(contents.redirect(url, false), url).toBe(false);
    }
    expect(electron.opened).toEqual([]);
  });

  it('denies every new window, opening only a safe link outside', () => {
    const contents = createContents();
    for (const url of [...hostileUrls, `${APP_ORIGIN}/index.html`, ''])
      expect(contents.open(url)).toBe('deny');
    expect(contents.open('https://www.example.org/a')).toBe('deny');
    expect(electron.opened).toEqual(['https://evil.example/', 'https://www.example.org/a']);
  });

  it('refuses every <webview>', () => {
    expect(createContents().attachWebview()).toBe(false);
  });

  it('never lets the window go anywhere, and opens outside only https: and mailto: (any URL)', () => {
    const contents = createContents();
    const url = fc.oneof(
      fc.webUrl({ withQueryParameters: true, withFragments: true }),
      fc.constantFrom(...hostileUrls),
      fc.string({ unit: 'binary', maxLength: 80 }),
      fc
        .tuple(fc.constantFrom('https:', 'mailto:', 'file:', 'app:', 'javascript:'), fc.string())
        .map(([scheme, rest]) => scheme + rest),
    );
    fc.assert(
      fc.property(url, fc.boolean(), (candidate, isMainFrame) => {
        electron.opened.length = 0;
        const went = contents.navigate(candidate, isMainFrame);
        expect(went && isMainFrame).toBe(false);
        if (went) expect(new URL(candidate).pathname).toBe('/print.html');
        expect(contents.open(candidate)).toBe('deny');
        for (const opened of electron.opened) expect(isWebOrMailLink(opened), opened).toBe(true);
      }),
      { numRuns: 2_000, seed: 20_261_128 },
    );
  });
});

describe('lockDownSession', () => {
  /** A session as far as the lock-down sees it. */
  function fakeSession() {
    const recorded = {
      request: null as
        null | ((contents: unknown, permission: string, answer: (granted: boolean) => void) => void),
      check: null as null | ((...args: unknown[]) => boolean),
      filter: null as null | { urls: string[] },
      beforeRequest: null as
        null | ((details: { url: string }, answer: (r: { cancel: boolean }) => void) => void),
    };
    const target = {
      setPermissionRequestHandler: (handler: typeof recorded.request) => (recorded.request = handler),
      setPermissionCheckHandler: (handler: typeof recorded.check) => (recorded.check = handler),
      webRequest: {
        onBeforeRequest: (filter: { urls: string[] }, handler: typeof recorded.beforeRequest) => {
          recorded.filter = filter;
          recorded.beforeRequest = handler;
        },
      },
    };
    return { target, recorded };
  }

  it('grants no permission and cancels every request to the network', () => {
    const { target, recorded } = fakeSession();
    lockDownSession(target as never, null);
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal']) {
      let granted: boolean | null = null;
      recorded.request!({}, permission, (answer) => (granted = answer));
      expect(granted, permission).toBe(false);
      expect(recorded.check!({}, permission, APP_ORIGIN, {})).toBe(false);
    }
    expect(recorded.filter!.urls).toEqual(
      expect.arrayContaining(['http://*/*', 'https://*/*', 'ws://*/*', 'wss://*/*']),
    );
    for (const url of ['https://evil.example/', 'http://localhost:5173/', 'wss://evil.example/socket']) {
      let cancelled: boolean | null = null;
      recorded.beforeRequest!({ url }, ({ cancel }) => (cancelled = cancel));
      expect(cancelled, url).toBe(true);
    }
  });

  it('lets the dev server through in development, and only it', () => {
    const { target, recorded } = fakeSession();
    lockDownSession(target as never, 'http://localhost:5173');
    const answer = (url: string) => {
      let cancelled: boolean | null = null;
      recorded.beforeRequest!({ url }, ({ cancel }) => (cancelled = cancel));
      return cancelled;
    };
    expect(answer('http://localhost:5173/src/main.tsx')).toBe(false);
    expect(answer('http://localhost:5174/')).toBe(true);
    expect(answer('http://localhost.evil.example:5173/')).toBe(true);
  });
});
