import { PRINT_PAGE_PATH } from '../../core/pdf/print-page-script';
import { toSafeExternalUrl } from './external-url';

/** What the guards do when a page asks to navigate, to be redirected or to open a window. */
export interface NavigationDecision {
  /** Whether the frame may go there. */
  allow: boolean;
  /** A web or email link handed to the person's browser or mail program instead (already checked). */
  openExternally: string | null;
}

/** A navigation a page started, as Electron describes it in `will-frame-navigate`. */
export interface NavigationRequest {
  url: string;
  isMainFrame: boolean;
}

const refused: NavigationDecision = { allow: false, openExternally: null };

/**
 * The app is one page: its window never navigates anywhere, itself included. A web or email link
 * opens in the person's own programs instead, through the external-URL guard. A frame may only
 * load the app's own print page (the editor's live preview) from one of the app's origins, and
 * never opens anything outside.
 *
 * Free of Electron, so that the guard's unit test and the Chromium harness apply this same rule.
 */
export function decideNavigation(
  { url, isMainFrame }: NavigationRequest,
  appOrigins: readonly string[],
): NavigationDecision {
  if (isMainFrame) return { allow: false, openExternally: toSafeExternalUrl(url) };
  return { allow: isAppPrintPage(url, appOrigins), openExternally: null };
}

/** A new window is never opened; a safe web or email link goes to the person's own programs. */
export function decideWindowOpen(url: string): NavigationDecision {
  return { allow: false, openExternally: toSafeExternalUrl(url) };
}

/** No redirect is followed: the app's files are served directly, and nothing else is loaded. */
export function decideRedirect(): NavigationDecision {
  return refused;
}

function isAppPrintPage(url: string, appOrigins: readonly string[]): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  // `origin` is "null" for custom schemes such as app:, so the origin is rebuilt from its parts.
  const origin = `${parsed.protocol}//${parsed.host}`;
  if (parsed.host === '' || parsed.username !== '' || parsed.password !== '') return false;
  return appOrigins.includes(origin) && parsed.pathname === PRINT_PAGE_PATH;
}
