/** The encodings an imported file is read in. ISO-8859-1 is read as its superset windows-1252. */
export type ImportEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

/** Enough leading bytes to see whether every other byte is NUL, the mark of UTF-16 without a BOM. */
const NUL_SAMPLE_BYTES = 4_096;

/**
 * Decodes the bytes of an imported file. A byte-order mark decides; without one, a NUL in every other
 * byte means UTF-16 (contact files are mostly ASCII), valid UTF-8 means UTF-8, and anything else is
 * taken for the single-byte encoding of older Windows and Outlook exports (windows-1252, a superset of
 * ISO-8859-1's printable characters). The byte-order mark is not part of the returned text.
 */
export function decodeImportBytes(bytes: Uint8Array): { text: string; encoding: ImportEncoding } {
  const encoding = detectEncoding(bytes);
  if (encoding === 'windows-1252') return { text: decodeWindows1252(bytes), encoding };
  // TextDecoder drops a leading byte-order mark of its own encoding (ignoreBOM defaults to false).
  return { text: new TextDecoder(encoding).decode(bytes), encoding };
}

/** Tells which encoding {@link decodeImportBytes} reads `bytes` in. */
export function detectEncoding(bytes: Uint8Array): ImportEncoding {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  const utf16 = utf16FromNulPattern(bytes);
  if (utf16) return utf16;
  return isValidUtf8(bytes) ? 'utf-8' : 'windows-1252';
}

/**
 * Decodes bytes declared in a `CHARSET` (vCard 2.1 quoted-printable values). An unknown or missing
 * label, or a UTF-8 label on bytes that are not UTF-8, falls back to detection: such files are
 * mislabelled far more often than they are exotic.
 */
export function decodeWithCharset(bytes: Uint8Array, charset: string | undefined): string {
  const label = charset?.trim().toLowerCase();
  const declared = label && label !== 'utf-8' && label !== 'utf8' ? decodeAs(label, bytes) : null;
  return declared ?? (isValidUtf8(bytes) ? new TextDecoder('utf-8').decode(bytes) : decodeWindows1252(bytes));
}

function decodeAs(label: string, bytes: Uint8Array): string | null {
  let decoder: InstanceType<typeof TextDecoder>;
  try {
    decoder = new TextDecoder(label);
  } catch {
    // An unknown label is a RangeError; the caller falls back to detection.
    return null;
  }
  // latin1, iso-8859-1 and ascii are windows-1252 too, in the Encoding Standard.
  return decoder.encoding === 'windows-1252' ? decodeWindows1252(bytes) : decoder.decode(bytes);
}

/**
 * What windows-1252 puts at 0x80–0x9F, where it differs from ISO-8859-1; its five unassigned bytes keep
 * their C1 code points, as the Encoding Standard says.
 */
const windows1252C1 =
  '\u20AC\u0081\u201A\u0192\u201E\u2026\u2020\u2021\u02C6\u2030\u0160\u2039\u0152\u008D\u017D\u008F' +
  '\u0090\u2018\u2019\u201C\u201D\u2022\u2013\u2014\u02DC\u2122\u0161\u203A\u0153\u009D\u017E\u0178';

/**
 * Decodes windows-1252 ourselves: Node 20's TextDecoder takes a Latin-1 shortcut for this encoding
 * and turns 0x80–0x9F (€, curly quotes, Œ, Š...) into control characters.
 */
function decodeWindows1252(bytes: Uint8Array): string {
  const units = new Uint16Array(bytes.length);
  for (let index = 0; index < bytes.length; index++) {
    const byte = bytes[index] ?? 0;
    units[index] = byte >= 0x80 && byte < 0xa0 ? windows1252C1.charCodeAt(byte - 0x80) : byte;
  }
  // Every platform Electron runs on is little-endian, which is how Uint16Array lays out its units.
  return new TextDecoder('utf-16le').decode(units);
}

function isValidUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

function utf16FromNulPattern(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const length = Math.min(bytes.length, NUL_SAMPLE_BYTES) & ~1;
  if (length < 4) return null;
  let nulAtEven = 0;
  let nulAtOdd = 0;
  for (let index = 0; index < length; index += 2) {
    if (bytes[index] === 0) nulAtEven++;
    if (bytes[index + 1] === 0) nulAtOdd++;
  }
  const pairs = length / 2;
  // ASCII in UTF-16LE is "X\0"; a few non-Latin characters break the pattern without hiding it.
  if (nulAtOdd >= pairs * 0.3 && nulAtEven <= pairs * 0.05) return 'utf-16le';
  if (nulAtEven >= pairs * 0.3 && nulAtOdd <= pairs * 0.05) return 'utf-16be';
  return null;
}
