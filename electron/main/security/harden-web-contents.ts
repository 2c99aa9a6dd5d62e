import { app, session, shell, type Session } from 'electron';
import { APP_ORIGIN } from '../app-assets';
import {
  decideNavigation,
  decideRedirect,
  decideWindowOpen,
  type NavigationDecision,
} from './navigation-policy';

/** The events of a webContents the guards hold, so that a unit test can drive a fake one. */
interface NavigationEvent {
  url: string;
  isMainFrame?: boolean;
  preventDefault(): void;
}

/**
 * Guards every webContents the app ever creates, whatever creates it (the window, the print
 * windows): no navigation away from the app (a safe link opens in the person's browser instead),
 * no frame but the app's own print page, no new windows, no <webview>, no redirects.
 * `appOrigins` are where the app's pages come from: `app://newsroom`, and the dev server in
 * development.
 */
export function hardenAllWebContents(appOrigins: readonly string[] = [APP_ORIGIN]): void {
  app.on('web-contents-created', (_event, contents) => {
    const apply = (event: NavigationEvent, decision: NavigationDecision) => {
      if (!decision.allow) event.preventDefault();
      if (decision.openExternally) void shell.openExternal(decision.openExternally);
    };
    // Electron emits will-frame-navigate for every frame first, then will-navigate for the main
    // frame unless the first was prevented: both are guarded, so neither can be missed.
    contents.on('will-frame-navigate', (event) => {
      apply(event, decideNavigation({ url: event.url, isMainFrame: event.isMainFrame }, appOrigins));
    });
    contents.on('will-navigate', (event) => {
      apply(event, decideNavigation({ url: event.url, isMainFrame: true }, appOrigins));
    });
    contents.on('will-redirect', (event) => apply(event, decideRedirect()));
    contents.on('will-attach-webview', (event) => event.preventDefault());
    contents.setWindowOpenHandler(({ url }) => {
      const decision = decideWindowOpen(url);
      if (decision.openExternally) void shell.openExternal(decision.openExternally);
      return { action: 'deny' };
    });
  });
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
