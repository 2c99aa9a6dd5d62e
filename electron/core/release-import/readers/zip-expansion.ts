/** A Word document unpacks to a few megabytes; more than this is a zip bomb, not a release. */
export const MAX_UNPACKED_DOCX_BYTES = 200 * 1024 * 1024;
const MAX_ENTRIES = 10_000;

const END_OF_DIRECTORY = 0x06054b50;
const DIRECTORY_ENTRY = 0x02014b50;

/**
 * How many bytes a zip file says it unpacks to, read from its central directory without unpacking
 * anything; null when the directory cannot be read or uses ZIP64 sizes (a .docx never needs them).
 */
export function declaredUnpackedSize(bytes: Uint8Array): { bytes: number; entries: number } | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // The end record is 22 bytes, followed by a comment of up to 65,535 bytes.
  const earliest = Math.max(0, bytes.length - 22 - 0xffff);
  let end = -1;
  for (let at = bytes.length - 22; at >= earliest; at -= 1) {
    if (view.getUint32(at, true) === END_OF_DIRECTORY) {
      end = at;
      break;
    }
  }
  if (end === -1) return null;
  const entries = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  let total = 0;
  for (let entry = 0; entry < entries; entry += 1) {
    if (at + 46 > bytes.length || view.getUint32(at, true) !== DIRECTORY_ENTRY) return null;
    const unpacked = view.getUint32(at + 24, true);
    if (unpacked === 0xffffffff) return null;
    total += unpacked;
    at += 46 + view.getUint16(at + 28, true) + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  return { bytes: total, entries };
}

/** Whether a .docx may be handed to the unzipper: small enough unpacked, not too many parts. */
export function isSafeToUnpack(bytes: Uint8Array): boolean {
  const size = declaredUnpackedSize(bytes);
  // An unreadable directory is left to mammoth, which refuses it with its own message.
  if (size === null) return true;
  return size.bytes <= MAX_UNPACKED_DOCX_BYTES && size.entries <= MAX_ENTRIES;
}
