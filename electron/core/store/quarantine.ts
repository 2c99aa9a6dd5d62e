import { randomBytes } from 'node:crypto';
import { mkdir, rename } from 'node:fs/promises';
import { extname, join, relative, sep } from 'node:path';

export const QUARANTINE_FOLDER = 'quarantine';

/**
 * Moves a bad store file out of the way, into `<dataDir>/quarantine/`, under a name that says where
 * it came from and when it was set aside, e.g. `releases-index.corrupt-20261128T170512Z-3f9a.json`.
 * The file is kept as it was, so nothing of it is lost and it can be inspected or sent to support.
 * Returns the new path.
 */
export async function quarantineFile(dataDir: string, path: string, now = new Date()): Promise<string> {
  const folder = join(dataDir, QUARANTINE_FOLDER);
  await mkdir(folder, { recursive: true });
  const extension = extname(path);
  const origin = relative(dataDir, path)
    .slice(0, extension ? -extension.length : undefined)
    .split(sep)
    .join('-');
  const stamp = now
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d+Z$/, 'Z');
  const target = join(folder, `${origin}.corrupt-${stamp}-${randomBytes(2).toString('hex')}${extension}`);
  await rename(path, target);
  return target;
}
