import { protocol } from 'electron';
import { APP_ORIGIN, APP_SCHEME, readAppAsset } from './app-assets';

/**
 * Declares `app:` a standard, secure scheme. Must run before the app is ready. Serving the UI from
 * our own scheme instead of `file:` keeps the page away from the file system and gives it an origin
 * that the IPC router and the navigation guards can check.
 */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true } },
  ]);
}

/** Serves the built renderer from `rendererRoot`, with the app's CSP on every response. */
export function serveAppProtocol(rendererRoot: string): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const asset = await readAppAsset(rendererRoot, request, APP_ORIGIN);
    return new Response(new Uint8Array(asset.body), { status: asset.status, headers: asset.headers });
  });
}
