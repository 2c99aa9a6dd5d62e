import { access, readdir } from 'node:fs/promises';
import { dataPathOf } from '../backup/data-files';
import { errnoCode } from '../backup/fs-errors';
import { CONTACT_PHOTOS_FOLDER, photoDataPath } from './import-paths';

/** File extensions of the image types contact cards carry. */
const extensions: Readonly<Record<string, string>> = {
  'image/jpeg': 'jpg',
  'image/png': 'png',
  'image/gif': 'gif',
  'image/webp': 'webp',
  'image/bmp': 'bmp',
  'image/tiff': 'tif',
  'image/heic': 'heic',
};

/**
 * The extension a photo is stored under. A type we do not know is kept as `.bin` rather than
 * dropped: the bytes are what the person imported, even if the app cannot show them.
 */
export function photoExtensionOf(mimeType: string): string {
  return extensions[mimeType.toLowerCase()] ?? 'bin';
}

const PHOTO_FILE = /^([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\.([a-z0-9]+)$/;

/** The stored contact photos: data path by contact id. */
export async function listContactPhotos(dataDir: string): Promise<Map<string, string>> {
  let names: string[];
  try {
    names = await readdir(dataPathOf(dataDir, CONTACT_PHOTOS_FOLDER));
  } catch (error) {
    if (errnoCode(error) === 'ENOENT') return new Map();
    throw error;
  }
  const photos = new Map<string, string>();
  for (const name of names) {
    const id = PHOTO_FILE.exec(name)?.[1];
    if (id) photos.set(id, `${CONTACT_PHOTOS_FOLDER}/${name}`);
  }
  return photos;
}

/** The absolute path of a contact's photo, or null when it has none; for the view that shows it. */
export async function findContactPhoto(dataDir: string, contactId: string): Promise<string | null> {
  // One look per possible extension, rather than listing a folder that may hold thousands of photos.
  for (const extension of new Set([...Object.values(extensions), 'bin'])) {
    const path = dataPathOf(dataDir, photoDataPath(contactId, extension));
    try {
      await access(path);
      return path;
    } catch (error) {
      if (errnoCode(error) !== 'ENOENT') throw error;
    }
  }
  return null;
}
