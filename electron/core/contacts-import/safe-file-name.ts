/** Characters Windows refuses in a name (and `/`, which no system takes), and control characters. */
const forbidden = /[<>:"/\\|?*\p{Cc}]/gu;
/** Names Windows keeps for devices, with or without an extension. */
const windowsDevice = /^(con|prn|aux|nul|com\d|lpt\d)(\..*)?$/i;
/** Well under the 255 bytes that ext4, APFS and NTFS allow, leaving room for a date and an extension. */
const MAX_BASE_BYTES = 180;

/**
 * A file name that Windows, macOS and Linux all accept, from text a person typed (a list's name):
 * forbidden characters become `-`, spaces are collapsed, leading dots (hidden files) and trailing
 * dots and spaces (which Windows drops) go, device names get a `_` before them, and long names are cut
 * at a character boundary. `fallback` stands for a name with nothing left.
 */
export function safeFileName(name: string, fallback: string): string {
  let safe = name
    .normalize('NFC')
    .replace(forbidden, '-')
    .replace(/\s+/g, ' ')
    .replace(/^[\s.]+|[\s.]+$/g, '');
  while (Buffer.byteLength(safe) > MAX_BASE_BYTES) safe = [...safe].slice(0, -1).join('').trimEnd();
  if (safe === '') return fallback;
  return windowsDevice.test(safe) ? `_${safe}` : safe;
}
