import { resolve } from 'node:path';

/**
 * The files the app wrote for the person during this session. "Open" and "Show in folder" accept
 * only these: the renderer names a path, and a compromised page must not be able to have main open
 * any file on the disk.
 */
export class ExportedFiles {
  readonly #paths = new Set<string>();

  remember(path: string): void {
    this.#paths.add(resolve(path));
  }

  has(path: string): boolean {
    return this.#paths.has(resolve(path));
  }
}
