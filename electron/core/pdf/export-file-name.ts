import type { Release } from '../../shared/schemas/release';
import { shortHeadline } from '../release-render/running-header';

const EXTENSION = '.pdf';
/** The stem used when nothing of the wanted name survives. */
const FALLBACK_STEM = 'Press release';
/** NAME_MAX on Linux and macOS, in bytes; as many UTF-8 bytes are never more than Windows' 255 UTF-16 units. */
const MAX_NAME_BYTES = 255;
const MAX_STEM_BYTES = MAX_NAME_BYTES - Buffer.byteLength(EXTENSION);
/** Enough of the headline to recognise the release in a folder listing. */
const HEADLINE_LENGTH_IN_NAME = 40;

/**
 * Characters no file name should hold: controls (tab and NUL too), invisible format characters
 * (the U+202E override that shows "fdp.exe" as "exe.pdf", zero widths, the BOM), unpaired
 * surrogates, which have no UTF-8 form, and noncharacters.
 */
const INVISIBLE = /[\p{Cc}\p{Cf}\p{Cs}\p{Noncharacter_Code_Point}]/gu;
/** Invalid on Windows, and `/` and `\` are path separators. */
const INVALID_ON_WINDOWS = /[<>:"/\\|?*]+/g;
/**
 * Device names Windows reserves whatever the extension (`nul.pdf`, `COM1.tar.pdf`), trailing
 * spaces ignored, superscript digits included.
 */
const RESERVED_ON_WINDOWS = /^(?:con|prn|aux|nul|conin\$|conout\$|com[0-9¹²³]|lpt[0-9¹²³]) *$/i;

const graphemes = new Intl.Segmenter('en', { granularity: 'grapheme' });

function utf8Bytes(text: string): number {
  return Buffer.byteLength(text, 'utf8');
}

/**
 * The longest start of `text` that fits in `maxBytes` of UTF-8, cut between user-perceived
 * characters; inside one only when a single character is longer than the limit (a letter with
 * hundreds of combining marks), and then between code points, never inside one.
 */
function truncateUtf8(text: string, maxBytes: number): string {
  let kept = '';
  let bytes = 0;
  for (const { segment } of graphemes.segment(text)) {
    const size = utf8Bytes(segment);
    if (bytes + size > maxBytes) {
      if (kept !== '') return kept;
      for (const codePoint of segment) {
        if (bytes + utf8Bytes(codePoint) > maxBytes) return kept;
        kept += codePoint;
        bytes += utf8Bytes(codePoint);
      }
    }
    kept += segment;
    bytes += size;
  }
  return kept;
}

/**
 * Leading dots would hide the file (or make `.` and `..`), and Windows drops trailing dots and
 * spaces; hyphens left at either end by replaced characters say nothing.
 */
function trimEnds(stem: string): string {
  return stem.replace(/^[\s.-]+/u, '').replace(/[\s.-]+$/u, '');
}

function isReservedOnWindows(stem: string): boolean {
  return RESERVED_ON_WINDOWS.test(stem.split('.')[0] ?? '');
}

/** The characters of `wanted` that may stand in a file name, spaced as a person would read them. */
function cleanStem(wanted: string): string {
  return wanted
    .normalize('NFC')
    .replace(/[\s\p{Zl}\p{Zp}]+/gu, ' ')
    .replace(INVISIBLE, '')
    .trim()
    .replace(/\.pdf$/i, '')
    .replace(/"/g, "'")
    .replace(INVALID_ON_WINDOWS, '-')
    .replace(/ {2,}/g, ' ');
}

/** `stem` cut to fit and trimmed, with a `_` before a name Windows reserves. */
function fittedStem(stem: string): string {
  const cut = trimEnds(truncateUtf8(stem, MAX_STEM_BYTES));
  return isReservedOnWindows(cut) ? trimEnds(truncateUtf8(`_${cut}`, MAX_STEM_BYTES)) : cut;
}

/**
 * A file name ending in ".pdf" that is valid on Windows, macOS and Linux, whatever `wanted` holds:
 * no path separator, control, bidirectional or invisible character, none of `<>:"|?*`, no
 * reserved device name, no leading dot and no trailing dot or space, at most 255 bytes of UTF-8.
 * "Press release.pdf" when nothing of `wanted` is left. Applying it again changes nothing.
 */
export function safePdfFileName(wanted: string): string {
  const stem = fittedStem(cleanStem(wanted));
  return `${stem === '' ? FALLBACK_STEM : stem}${EXTENSION}`;
}

/**
 * The default name of a release's PDF: reference, language and short headline, as in
 * "ACT 042(2026) EN Coastal towns and Nordlys Energy agree….pdf". The person still confirms or
 * changes it in the save dialog.
 */
export function defaultPdfFileName(release: Pick<Release, 'reference' | 'language' | 'headline'>): string {
  const reference = release.reference.trim();
  const headline = shortHeadline(release.headline, HEADLINE_LENGTH_IN_NAME);
  const language = release.language.toUpperCase();
  const parts =
    reference === '' && headline === '' ? [FALLBACK_STEM, language] : [reference, language, headline];
  return safePdfFileName(parts.filter((part) => part !== '').join(' '));
}

/**
 * The name of the `copy`-th file wanting `name` in one folder: "name (2).pdf", "name (3).pdf".
 * The stem is shortened when needed so that the number always fits in 255 bytes.
 */
export function numberedPdfFileName(name: string, copy: number): string {
  const stem = safePdfFileName(name).slice(0, -EXTENSION.length);
  const suffix = ` (${copy})`;
  const shortened = trimEnds(truncateUtf8(stem, MAX_STEM_BYTES - utf8Bytes(suffix)));
  return `${shortened === '' ? FALLBACK_STEM : shortened}${suffix}${EXTENSION}`;
}
