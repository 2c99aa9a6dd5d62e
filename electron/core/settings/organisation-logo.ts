import { mkdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { AppFailure } from '../../shared/result';
import type { Logo } from '../../shared/schemas/settings';
import { writeFileAtomically } from '../store/atomic-write';

/** Logos are small: a letterhead image larger than this is almost certainly the wrong file. */
export const MAX_LOGO_BYTES = 2 * 1024 * 1024;

const ASSETS_FOLDER = 'assets';

/** What the bytes are, from their signature rather than the file name: PNG or JPEG only. */
function logoKind(bytes: Uint8Array): Logo | null {
  const png = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (png.every((byte, index) => bytes[index] === byte)) return { file: 'logo.png', mimeType: 'image/png' };
  if (bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff)
    return { file: 'logo.jpg', mimeType: 'image/jpeg' };
  return null;
}

/**
 * Keeps the organisation's logo in `<dataDir>/assets/`. Only PNG and JPEG are accepted (an SVG
 * can carry script), checked by their signature, up to 2 MB.
 */
export async function saveLogo(dataDir: string, bytes: Uint8Array): Promise<Logo> {
  if (bytes.length > MAX_LOGO_BYTES) {
    throw new AppFailure(
      'INVALID_INPUT',
      `The logo is ${bytes.length} bytes; the limit is ${MAX_LOGO_BYTES}`,
    );
  }
  const logo = logoKind(bytes);
  if (!logo) throw new AppFailure('INVALID_INPUT', 'The logo must be a PNG or JPEG image');
  const folder = join(dataDir, ASSETS_FOLDER);
  await mkdir(folder, { recursive: true });
  await writeFileAtomically(join(folder, logo.file), bytes);
  // A logo of the other kind would otherwise linger.
  const other = logo.file === 'logo.png' ? 'logo.jpg' : 'logo.png';
  await rm(join(folder, other), { force: true });
  return logo;
}

export async function removeLogo(dataDir: string): Promise<void> {
  await Promise.all(
    ['logo.png', 'logo.jpg'].map((file) => rm(join(dataDir, ASSETS_FOLDER, file), { force: true })),
  );
}

/** The logo as a data URI for the letterhead, or null when there is none or its file is gone. */
export async function logoDataUri(dataDir: string, logo: Logo | null): Promise<string | null> {
  if (!logo) return null;
  try {
    const bytes = await readFile(join(dataDir, ASSETS_FOLDER, logo.file));
    return logoKind(bytes) ? `data:${logo.mimeType};base64,${bytes.toString('base64')}` : null;
  } catch {
    return null;
  }
}
