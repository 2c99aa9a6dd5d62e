import { readFile, stat } from 'node:fs/promises';
import { basename, resolve } from 'node:path';
import { MAX_IMPORT_BYTES } from '../core/contacts-io/import-limits';
import { CliError } from './cli-error';

/** A file given on the command line, read whole. */
export interface InputFile {
  path: string;
  name: string;
  bytes: Uint8Array;
}

/**
 * Reads a file to import, with a message that says what is wrong with it: missing, a folder, not
 * readable, or over the 50 MB every import refuses (checked before reading, so that a wrong path to
 * a disk image does not fill memory).
 */
export async function readInputFile(path: string, cwd: string): Promise<InputFile> {
  const absolute = resolve(cwd, path);
  try {
    const info = await stat(absolute);
    if (info.isDirectory()) throw new CliError(1, 'FILE_UNREADABLE', `${path} is a folder, not a file.`);
    if (info.size > MAX_IMPORT_BYTES) {
      const megabytes = (info.size / (1024 * 1024)).toFixed(1);
      throw new CliError(
        1,
        'FILE_TOO_LARGE',
        `${path} is ${megabytes} MB; files over ${MAX_IMPORT_BYTES / (1024 * 1024)} MB cannot be imported.`,
      );
    }
    return { path: absolute, name: basename(absolute), bytes: await readFile(absolute) };
  } catch (error) {
    if (error instanceof CliError) throw error;
    throw unreadable(path, error);
  }
}

function unreadable(path: string, error: unknown): CliError {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return new CliError(1, 'FILE_NOT_FOUND', `${path}: no such file.`, { cause: error });
  if (code === 'EACCES' || code === 'EPERM') {
    return new CliError(1, 'FILE_UNREADABLE', `${path} cannot be read: permission denied.`, { cause: error });
  }
  const why = code ?? (error instanceof Error ? error.message : String(error));
  return new CliError(1, 'FILE_UNREADABLE', `${path} cannot be read (${why}).`, { cause: error });
}
