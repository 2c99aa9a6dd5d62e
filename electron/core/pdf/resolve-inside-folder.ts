import { lstat } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { errnoCode } from '../backup/fs-errors';
import { numberedPdfFileName, safePdfFileName } from './export-file-name';

/** Past this many "name (n).pdf" in one folder, something other than a name clash is wrong. */
const MAX_COPIES = 9_999;

/** Whether something, even a dangling symbolic link, already has this path. */
export async function pathExists(path: string): Promise<boolean> {
  try {
    await lstat(path);
    return true;
  } catch (error) {
    if (errnoCode(error) === 'ENOENT') return false;
    throw error;
  }
}

/**
 * Where to write the PDF named `name` in `folder`: an absolute path whose parent is `folder`
 * itself, whatever `name` holds (it goes through `safePdfFileName`, and the result is checked),
 * and that `isTaken` says is free: "name.pdf", else "name (2).pdf", "name (3).pdf"…
 * By default a path is taken when something exists there; a batch export also counts the names
 * it has already given out.
 */
export async function resolveInsideFolder(
  folder: string,
  name: string,
  isTaken: (path: string) => Promise<boolean> = pathExists,
): Promise<string> {
  const base = resolve(folder);
  for (let copy = 1; copy <= MAX_COPIES; copy += 1) {
    const fileName = copy === 1 ? safePdfFileName(name) : numberedPdfFileName(name, copy);
    const path = join(base, fileName);
    // The name is safe by construction; this is the guarantee, should that ever change.
    if (dirname(path) !== base) throw new Error(`"${fileName}" would leave the folder ${base}`);
    if (!(await isTaken(path))) return path;
  }
  throw new Error(`More than ${MAX_COPIES} files in ${base} are already named like "${name}"`);
}
