const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
const CENTRAL_DIRECTORY_ENTRY = 0x02014b50;
const LOCAL_FILE_HEADER = 0x04034b50;

/** 2026-05-14 09:00:00 in the MS-DOS format zip files keep times in. */
const DOS_DATE = ((2026 - 1980) << 9) | (5 << 5) | 14;
const DOS_TIME = 9 << 11;

/**
 * The zip file with every entry's modification time set to one fixed moment. The zip library docx
 * uses stamps entries with the time of packing and takes no option for it; the CRCs do not cover
 * these fields, so changing them leaves a valid zip. Zip files with a trailing comment are not
 * expected (docx writes none).
 */
export function withFixedZipTimes(zip: Uint8Array): Uint8Array {
  const bytes = new Uint8Array(zip);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const end = bytes.byteLength - 22;
  if (end < 0 || view.getUint32(end, true) !== END_OF_CENTRAL_DIRECTORY) throw new Error('Not a zip file');
  const entries = view.getUint16(end + 10, true);
  let entry = view.getUint32(end + 16, true);
  for (let index = 0; index < entries; index++) {
    if (view.getUint32(entry, true) !== CENTRAL_DIRECTORY_ENTRY) throw new Error('Broken central directory');
    view.setUint16(entry + 12, DOS_TIME, true);
    view.setUint16(entry + 14, DOS_DATE, true);
    const local = view.getUint32(entry + 42, true);
    if (view.getUint32(local, true) !== LOCAL_FILE_HEADER) throw new Error('Broken local header');
    view.setUint16(local + 10, DOS_TIME, true);
    view.setUint16(local + 12, DOS_DATE, true);
    entry +=
      46 +
      view.getUint16(entry + 28, true) +
      view.getUint16(entry + 30, true) +
      view.getUint16(entry + 32, true);
  }
  return bytes;
}
