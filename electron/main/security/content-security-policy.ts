/**
 * The policy sent with every page of the app. Scripts and styles come only from the app's own
 * files; nothing is fetched from anywhere; no plugin, form or base URL is allowed. The only frame
 * is the app's own print page, which the editor embeds as its live preview.
 * The test harness serves the renderer with this same header.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'none'",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-src 'self'",
  "frame-ancestors 'self'",
].join('; ');
