import { createHash } from 'node:crypto';
import { escapeHtml } from '../release-render/html';

/** What the print page gives back after laying a release out (see PRINTED_DOCUMENT_SCRIPT). */
export interface LaidOutRelease {
  lang: string;
  className: string;
  title: string;
  /** The page's <body>, scripts and links taken out: the laid-out pages. */
  body: string;
  /** The paths of the page's stylesheets, on the app's origin. */
  stylesheets: string[];
  /** The paths of the font files the page loaded: the only ones the copy needs. */
  fonts: string[];
}

/** Reads one of the app's files by path (`/assets/print.css`), as the app's protocol serves it. */
export type ReadAppFile = (path: string) => Promise<Buffer>;

/** The static copy the printing window loads, and the headers it is served with. */
export interface PrintedDocument {
  html: string;
  headers: Record<string, string>;
}

const MAX_BODY_LENGTH = 50_000_000;

/** `read`, remembering each file: the app's files do not change while it runs. */
export function cachedReader(read: ReadAppFile): ReadAppFile {
  const files = new Map<string, Promise<Buffer>>();
  return (path) => {
    let file = files.get(path);
    if (!file) {
      file = read(path);
      // A failed read is not remembered: the next release tries again.
      file.catch(() => files.delete(path));
      files.set(path, file);
    }
    return file;
  };
}

/** The laid-out release a script resolved with, checked: anything else means a broken page. */
export function laidOutRelease(value: unknown): LaidOutRelease {
  const record = (typeof value === 'object' && value !== null ? value : {}) as Record<string, unknown>;
  const text = (key: string): string | null => (typeof record[key] === 'string' ? record[key] : null);
  const paths = (key: string) => {
    const list = record[key];
    return Array.isArray(list) && list.every((path) => typeof path === 'string' && path.startsWith('/'))
      ? (list as string[])
      : null;
  };
  const [lang, className, title, body] = [text('lang'), text('className'), text('title'), text('body')];
  const [stylesheets, fonts] = [paths('stylesheets'), paths('fonts')];
  if (lang === null || className === null || title === null || body === null || !stylesheets || !fonts) {
    throw new Error('The print page did not give back the laid-out release');
  }
  if (body.length > MAX_BODY_LENGTH) throw new Error('The laid-out release is too large to print');
  return { lang, className, title, body, stylesheets, fonts };
}

/**
 * Builds the printing window's document from a laid-out release: the pages as laid out, the print
 * stylesheets inlined, and the fonts that the layout used inlined into them as data, so that the
 * window loads nothing at all (one request instead of a dozen, and no font can arrive late). Its
 * policy allows no script, that one stylesheet by its hash, fonts and images only as data.
 * `readFile` is called once per file: give it a cache when printing many releases.
 */
export async function printedDocument(
  laidOut: LaidOutRelease,
  readFile: ReadAppFile,
): Promise<PrintedDocument> {
  const used = new Set(laidOut.fonts);
  const sheets = await Promise.all(
    laidOut.stylesheets.map(async (sheetPath) => {
      const css = (await readFile(sheetPath)).toString('utf8');
      return inlineFonts(css, sheetPath, used, readFile);
    }),
  );
  const css = sheets.join('\n');
  const styleHash = createHash('sha256').update(css, 'utf8').digest('base64');
  const policy = [
    "default-src 'none'",
    "script-src 'none'",
    `style-src 'sha256-${styleHash}'`,
    'font-src data:',
    'img-src data:',
    "object-src 'none'",
    "frame-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
  const html =
    `<!doctype html>\n<html lang="${escapeHtml(laidOut.lang)}" class="${escapeHtml(laidOut.className)}">` +
    `<head><meta charset="utf-8"><title>${escapeHtml(laidOut.title)}</title><style>${css}</style></head>` +
    `${laidOut.body}</html>`;
  return {
    html,
    headers: {
      'Content-Type': 'text/html; charset=utf-8',
      'Content-Security-Policy': policy,
      'X-Content-Type-Options': 'nosniff',
    },
  };
}

const CSS_URL = /url\(\s*(['"]?)([^'")]+)\1\s*\)/g;

/** Puts each font the layout used into the stylesheet as a data URL; other fonts stay unreachable. */
async function inlineFonts(
  css: string,
  sheetPath: string,
  used: ReadonlySet<string>,
  readFile: ReadAppFile,
): Promise<string> {
  const base = new URL(sheetPath, 'https://app.invalid');
  const replacements = new Map<string, string>();
  for (const [, , reference] of css.matchAll(CSS_URL)) {
    const path = new URL(reference!, base).pathname;
    if (used.has(path) && !replacements.has(reference!)) {
      replacements.set(reference!, `data:font/woff2;base64,${(await readFile(path)).toString('base64')}`);
    }
  }
  return css.replace(CSS_URL, (whole, _quote: string, reference: string) => {
    const inlined = replacements.get(reference);
    return inlined ? `url(${inlined})` : whole;
  });
}
