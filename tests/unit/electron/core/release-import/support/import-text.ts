import { importRelease } from '../../../../../../electron/core/release-import/import-release';
import type { ReleaseImport } from '../../../../../../electron/core/release-import/types';

/** Imports `text` as if it were a file called `fileName` (the extension picks the reader). */
export function importText(fileName: string, text: string): Promise<ReleaseImport> {
  return importRelease({ fileName, bytes: new Uint8Array(Buffer.from(text, 'utf8')) });
}
