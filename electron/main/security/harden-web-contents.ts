import { app, session, shell, type Session } from 'electron';
import { toSafeExternalUrl } from './external-url';

/**
 * Guards every webContents the app ever creates, whatever creates it:
 * no navigation away from the app (a safe link opens in the person's browser instead), no new
 * windows, no <webview>, no redirects, and no permission granted to any page.
 */
export function hardenAllWebContents(): void {
  app.on('web-contents-created', (_event, contents) => {
    contents.on('will-navigate', (event) => {
      event.preventDefault();
      openSafeLinkExternally(event.url);
    });
    contents.on('will-frame-navigate', (event) => {
      if (!event.isMainFrame) event.preventDefault();
    });
    contents.on('will-redirect', (event) => event.preventDefault());
    contents.on('will-attach-webview', (event) => event.preventDefault());
    contents.setWindowOpenHandler(({ url }) => {
      openSafeLinkExternally(url);
      return { action: 'deny' };
    });
  });
}

function openSafeLinkExternally(url: string): void {
  const safe = toSafeExternalUrl(url);
  if (safe) void shell.openExternal(safe);
}

/**
 * No camera, microphone, location, notifications or anything else for any page, and no network:
 * Newsroom works offline and its pages load only from `app:` (or the dev server in development).
 */
export function lockDownSession(
  target: Session = session.defaultSession,
  devServerOrigin: string | null,
): void {
  target.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  target.setPermissionCheckHandler(() => false);
  target.webRequest.onBeforeRequest(
    { urls: ['http://*/*', 'https://*/*', 'ws://*/*', 'wss://*/*'] },
    (details, callback) => {
      const fromDevServer = devServerOrigin !== null && new URL(details.url).origin === devServerOrigin;
      callback({ cancel: !fromDevServer });
    },
  );
}
