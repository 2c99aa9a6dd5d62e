import { DamagedBackupError } from './damaged-backup-error';

/*
 * The few parts of the POSIX ustar format (IEEE 1003.1-1988) a backup needs: regular files only,
 * names up to 255 bytes, sizes up to 8 GiB. Any tar tool (GNU tar, bsdtar, the tar.exe of Windows
 * 10 and later, 7-Zip) can list and extract what this writes.
 */

/** Headers and contents take whole blocks of this size. */
export const TAR_BLOCK_SIZE = 512;
/** Two zero blocks end an archive. */
export const END_OF_ARCHIVE = Buffer.alloc(2 * TAR_BLOCK_SIZE);

const NAME_BYTES = 100;
const PREFIX_BYTES = 155;
const MAX_SIZE = 8 ** 11 - 1;
const field = {
  name: [0, NAME_BYTES],
  mode: [100, 8],
  uid: [108, 8],
  gid: [116, 8],
  size: [124, 12],
  mtime: [136, 12],
  checksum: [148, 8],
  type: [156, 1],
  magic: [257, 6],
  version: [263, 2],
  prefix: [345, PREFIX_BYTES],
} as const satisfies Record<string, readonly [offset: number, length: number]>;

/** What a header says of its entry. */
export interface TarEntryHeader {
  name: string;
  size: number;
}

/** The size an entry's content takes in the archive, padded to whole blocks. */
export function paddedToBlock(size: number): number {
  return Math.ceil(size / TAR_BLOCK_SIZE) * TAR_BLOCK_SIZE;
}

/** Whether a ustar header can hold `name` (split at a `/` into prefix and name if it is long). */
export function fitsTarName(name: string): boolean {
  return splitName(name) !== null;
}

/** The 512-byte header of a regular file. */
export function encodeTarHeader(entry: TarEntryHeader & { modifiedAt: Date }): Buffer {
  const split = splitName(entry.name);
  if (split === null) throw new Error(`A tar header cannot hold the name ${entry.name}`);
  if (!Number.isSafeInteger(entry.size) || entry.size < 0 || entry.size > MAX_SIZE) {
    throw new Error(`A tar header cannot hold the size ${entry.size}`);
  }
  const header = Buffer.alloc(TAR_BLOCK_SIZE);
  writeText(header, field.name, split.name);
  writeOctal(header, field.mode, 0o644);
  writeOctal(header, field.uid, 0);
  writeOctal(header, field.gid, 0);
  writeOctal(header, field.size, entry.size);
  writeOctal(header, field.mtime, Math.floor(entry.modifiedAt.getTime() / 1000));
  writeText(header, field.type, '0');
  writeText(header, field.magic, 'ustar\0');
  writeText(header, field.version, '00');
  writeText(header, field.prefix, split.prefix);
  // The checksum is computed with its own field read as spaces, and stored as 6 digits, NUL, space.
  header.fill(' ', field.checksum[0], field.checksum[0] + field.checksum[1]);
  writeText(header, field.checksum, `${checksumOf(header).toString(8).padStart(6, '0')}\0 `);
  return header;
}

/**
 * Reads a header block written by `encodeTarHeader`, or returns null for a zero block (the end of
 * the archive). Throws DamagedBackupError for a block that is not a valid header of a regular file.
 */
export function decodeTarHeader(block: Buffer): TarEntryHeader | null {
  if (block.length !== TAR_BLOCK_SIZE) throw new DamagedBackupError('The archive is cut short');
  if (block.every((byte) => byte === 0)) return null;
  if (readText(block, field.magic) !== 'ustar') {
    throw new DamagedBackupError('The archive holds a block that is not a tar header');
  }
  const stored = readOctal(block, field.checksum);
  const copy = Buffer.from(block);
  copy.fill(' ', field.checksum[0], field.checksum[0] + field.checksum[1]);
  if (stored !== checksumOf(copy)) throw new DamagedBackupError('A tar header has a wrong checksum');
  const type = readText(block, field.type);
  if (type !== '0' && type !== '')
    throw new DamagedBackupError('The archive holds something other than files');
  const name = readText(block, field.name);
  const prefix = readText(block, field.prefix);
  const size = readOctal(block, field.size);
  if (size === null) throw new DamagedBackupError(`The size of ${name} in the archive is unreadable`);
  return { name: prefix === '' ? name : `${prefix}/${name}`, size };
}

function splitName(name: string): { prefix: string; name: string } | null {
  if (name === '' || name.includes('\0')) return null;
  if (Buffer.byteLength(name) <= NAME_BYTES) return { prefix: '', name };
  for (let slash = name.indexOf('/'); slash !== -1; slash = name.indexOf('/', slash + 1)) {
    const prefix = name.slice(0, slash);
    const rest = name.slice(slash + 1);
    if (Buffer.byteLength(prefix) > PREFIX_BYTES) return null;
    if (rest !== '' && Buffer.byteLength(rest) <= NAME_BYTES) return { prefix, name: rest };
  }
  return null;
}

function checksumOf(header: Buffer): number {
  return header.reduce((sum, byte) => sum + byte, 0);
}

function writeText(header: Buffer, [offset, length]: readonly [number, number], text: string): void {
  header.write(text, offset, length, 'utf8');
}

function writeOctal(header: Buffer, at: readonly [number, number], value: number): void {
  writeText(header, at, `${value.toString(8).padStart(at[1] - 1, '0')}\0`);
}

function readText(header: Buffer, [offset, length]: readonly [number, number]): string {
  const bytes = header.subarray(offset, offset + length);
  const end = bytes.indexOf(0);
  return bytes.subarray(0, end === -1 ? length : end).toString('utf8');
}

function readOctal(header: Buffer, at: readonly [number, number]): number | null {
  const digits = readText(header, at).trim();
  return /^[0-7]+$/.test(digits) ? Number.parseInt(digits, 8) : null;
}
