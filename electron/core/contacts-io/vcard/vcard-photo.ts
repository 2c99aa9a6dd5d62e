import type { ContactPhoto } from '../import-result';
import type { ContentLine } from './vcard-content-line';
import { paramOf, typesOf } from './vcard-value';

/** A photo property read: the photo, nothing to keep (a link, which an offline app does not fetch), or a fault. */
export type PhotoReading = { photo: ContactPhoto } | { photo: null } | { reason: string };

const base64Text = /^[A-Za-z0-9+/]*={0,2}$/;

/** Image formats recognised from their first bytes, which are more reliable than a declared TYPE. */
const signatures: readonly { mimeType: string; bytes: readonly number[] }[] = [
  { mimeType: 'image/jpeg', bytes: [0xff, 0xd8, 0xff] },
  { mimeType: 'image/png', bytes: [0x89, 0x50, 0x4e, 0x47] },
  { mimeType: 'image/gif', bytes: [0x47, 0x49, 0x46, 0x38] },
];

/**
 * Reads a PHOTO property into bytes: inline base64 (`ENCODING=b` in 3.0, `ENCODING=BASE64` in 2.1)
 * or a `data:` URI (4.0). The bytes are returned apart from the contact so that they are stored as
 * a file, never inline in the store.
 */
export function readPhoto(line: ContentLine): PhotoReading {
  const encoding = paramOf(line, 'ENCODING')?.toUpperCase();
  const value = line.value.trim();
  if (encoding === 'B' || encoding === 'BASE64') {
    return photoFromBase64(value, declaredMimeType(line));
  }
  if (/^data:/i.test(value)) return photoFromDataUri(value);
  return { photo: null };
}

function photoFromDataUri(uri: string): PhotoReading {
  const comma = uri.indexOf(',');
  if (comma === -1) return { reason: 'The PHOTO data: URI has no data.' };
  const header = uri.slice('data:'.length, comma).split(';');
  const mimeType = header[0]?.trim().toLowerCase() || undefined;
  const payload = uri.slice(comma + 1);
  if (header.some((part) => part.trim().toLowerCase() === 'base64')) {
    return photoFromBase64(payload, mimeType);
  }
  // Percent-encoded bytes; decodeURIComponent would insist that they be UTF-8, which images are not.
  const binary = payload.replace(/%([0-9A-Fa-f]{2})/g, (_escape, hex: string) =>
    String.fromCharCode(Number.parseInt(hex, 16)),
  );
  return withMimeType(Buffer.from(binary, 'latin1'), mimeType);
}

function photoFromBase64(text: string, mimeType: string | undefined): PhotoReading {
  // Folded base64 keeps the folding whitespace in 2.1, and some writers wrap it anyway.
  const compact = text.replace(/\s+/g, '');
  if (compact === '') return { photo: null };
  if (!base64Text.test(compact) || compact.length % 4 === 1) {
    return { reason: 'The PHOTO is not valid base64.' };
  }
  return withMimeType(Buffer.from(compact, 'base64'), mimeType);
}

function withMimeType(decoded: Buffer, declared: string | undefined): PhotoReading {
  // A copy: small Buffers share Node's 8 KB pool, and the caller may transfer or keep `bytes.buffer`.
  const bytes = new Uint8Array(decoded);
  const sniffed = signatures.find((signature) =>
    signature.bytes.every((byte, index) => bytes[index] === byte),
  );
  return { photo: { mimeType: sniffed?.mimeType ?? declared ?? 'application/octet-stream', bytes } };
}

/** The media type a card declares: `MEDIATYPE=image/png` (4.0) or `TYPE=PNG` (2.1 and 3.0). */
function declaredMimeType(line: ContentLine): string | undefined {
  const mediaType = paramOf(line, 'MEDIATYPE');
  if (mediaType?.includes('/')) return mediaType.toLowerCase();
  const type = typesOf(line).find((value) => /^[A-Z0-9.+-]+$/.test(value) || value.startsWith('IMAGE/'));
  if (!type) return undefined;
  if (type.includes('/')) return type.toLowerCase();
  return `image/${type === 'JPG' ? 'jpeg' : type.toLowerCase()}`;
}
