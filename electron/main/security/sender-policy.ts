import type { RequestSender } from '../ipc/router';

/**
 * Accepts a request only from the main frame of the app's window showing one of our origins
 * (`app://newsroom` in the app, the dev server in development). A subframe, another window or a
 * page that navigated elsewhere is refused.
 */
export function createSenderPolicy(trustedOrigins: readonly string[]): (sender: RequestSender) => boolean {
  const trusted = new Set(trustedOrigins.map(originOf));
  return (sender) => {
    if (!sender.fromAppWindow || !sender.isMainFrame || !sender.frameUrl) return false;
    const origin = originOf(sender.frameUrl);
    return origin !== null && trusted.has(origin);
  };
}

/** `scheme://host[:port]`, also for custom schemes, whose WHATWG `origin` is the opaque "null". */
function originOf(url: string): string | null {
  try {
    const parsed = new URL(url);
    if (!parsed.host) return null;
    return `${parsed.protocol}//${parsed.host}`;
  } catch {
    return null;
  }
}
