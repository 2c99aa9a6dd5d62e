/** NAME_MAX on Linux and macOS, in bytes; as many UTF-8 bytes are never more than Windows' 255 UTF-16 units. */
const MAX_NAME_BYTES = 255;

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
 * spaces ignored (`CON .txt`), superscript digits and the console's `CONIN$` included.
 */
const RESERVED_ON_WINDOWS = /^(?:con|prn|aux|nul|conin\$|conout\$|com[0-9¹²³]|lpt[0-9¹²³]) *$/i;

const graphemes = new Intl.Segmenter('en', { granularity: 'grapheme' });

function utf8Bytes(text: string): number {
  return Buffer.byteLength(text, 'utf8');
}

/**
 * The longest start of `text` that fits in `maxBytes` of UTF-8, cut between user-perceived
 * characters; inside one only when a single character is longer than the limit (a letter with
 * hundreds of combining marks), and then between code points, never inside one. One pass that stops
 * at the limit: a 40,000-character name costs no more than a short one.
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

/** Only the characters of `text` that may stand in a file name, spaced as a person would read them. */
function cleanText(text: string): string {
  return text
    .normalize('NFC')
    .replace(/[\s\p{Zl}\p{Zp}]+/gu, ' ')
    .replace(INVISIBLE, '')
    .replace(/"/g, "'")
    .replace(INVALID_ON_WINDOWS, '-')
    .replace(/ {2,}/g, ' ');
}

/** `wanted` cleaned, without the extension it may already end in, so that applying twice changes nothing. */
function cleanStem(wanted: string, dottedExtension: string): string {
  const escaped = dottedExtension.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return cleanText(wanted)
    .trim()
    .replace(new RegExp(`${escaped}$`, 'i'), '');
}

/** Options of {@link safeFileName}. */
export interface SafeFileNameOptions {
  /** The stem used when nothing of the wanted name survives ("Press release", "contacts"). */
  fallback?: string;
  /**
   * Text kept whole between the stem and the extension, such as a date (" 2026-11-28") or a copy
   * number (" (2)"): a long stem is shortened to leave room for it.
   */
  suffix?: string;
}

/**
 * A file name ending in `.<extension>` that is valid on Windows, macOS and Linux, whatever `wanted`
 * holds (text a person typed, a headline, a list's name): no path separator, control, bidirectional
 * or invisible character, lone surrogate, none of `<>:"|?*`, no reserved device name (`CON`, `COM¹`,
 * `conin$`, `CON .x`: a `_` is put before it), no leading dot and no trailing dot or space, at most
 * 255 bytes of UTF-8, cut between characters. Applying it again to its result changes nothing.
 *
 * @param extension without the dot: `pdf`, `vcf`, `csv`.
 */
export function safeFileName(
  wanted: string,
  extension: string,
  { fallback = 'file', suffix = '' }: SafeFileNameOptions = {},
): string {
  const dottedExtension = `.${extension}`;
  const tail = `${cleanText(suffix)}${dottedExtension}`;
  const room = MAX_NAME_BYTES - utf8Bytes(tail);
  const fit = (stem: string) => trimEnds(truncateUtf8(stem, room));
  let stem = fit(cleanStem(wanted, dottedExtension));
  if (stem === '') stem = fit(cleanStem(fallback, dottedExtension));
  if (isReservedOnWindows(stem) || isReservedOnWindows(`${stem}${tail}`)) stem = fit(`_${stem}`);
  return `${stem}${tail}`;
}
