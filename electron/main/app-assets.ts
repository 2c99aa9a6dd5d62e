import { readFile } from 'node:fs/promises';
import { extname, resolve, sep } from 'node:path';
import { CONTENT_SECURITY_POLICY } from './security/content-security-policy';

/** The origin the production UI is served from, through the `app:` protocol handler. */
export const APP_SCHEME = 'app';
export const APP_ORIGIN = 'app://newsroom';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
};

/**
 * Maps a request URL to a file inside `root`, or null when it must not be served: another origin,
 * an encoded NUL, or a path that escapes `root` (`..`, `%2e%2e%2f`, backslashes). `/` is index.html.
 */
export function resolveAppAssetPath(root: string, requestUrl: string, origin: string): string | null {
  let url: URL;
  try {
    url = new URL(requestUrl);
  } catch {
    return null;
  }
  if (`${url.protocol}//${url.host}` !== origin) return null;
  let pathname: string;
  try {
    pathname = decodeURIComponent(url.pathname);
  } catch {
    return null;
  }
  if (pathname.includes('\0') || pathname.includes('\\')) return null;
  const relative = pathname === '/' ? 'index.html' : pathname.replace(/^\/+/, '');
  const base = resolve(root);
  const target = resolve(base, relative);
  return target.startsWith(base + sep) ? target : null;
}

export interface AppAssetResponse {
  status: 200 | 404 | 405;
  body: Buffer;
  headers: Record<string, string>;
}

/**
 * Answers one request for the UI's files, with the app's Content-Security-Policy on every response.
 * Main wraps this in a `Response`; the test harness fulfils Playwright routes with it.
 */
export async function readAppAsset(
  root: string,
  request: { url: string; method: string },
  origin: string,
): Promise<AppAssetResponse> {
  const headers = {
    'Content-Security-Policy': CONTENT_SECURITY_POLICY,
    'X-Content-Type-Options': 'nosniff',
  };
  if (request.method !== 'GET') return { status: 405, body: Buffer.from('Method not allowed'), headers };
  const path = resolveAppAssetPath(root, request.url, origin);
  if (path) {
    try {
      const body = await readFile(path);
      const type = CONTENT_TYPES[extname(path).toLowerCase()] ?? 'application/octet-stream';
      return { status: 200, body, headers: { ...headers, 'Content-Type': type } };
    } catch {
      // A missing or unreadable file is a 404 like any other.
    }
  }
  return {
    status: 404,
    body: Buffer.from('Not found'),
    headers: { ...headers, 'Content-Type': 'text/plain' },
  };
}
