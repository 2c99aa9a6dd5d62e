/** The last part of a path, whichever separator the system uses. */
export function fileNameOf(path: string): string {
  return path.split(/[\\/]/).pop() || path;
}
