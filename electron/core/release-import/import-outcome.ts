import type { ReleaseImportOutcome } from '../../shared/schemas/release-import';
import { importRelease } from './import-release';
import { ReleaseImportError } from './release-import-error';

/**
 * `importRelease` for the app: a file that cannot be imported is an answer to show (with its
 * reason as a code), not an error; anything else that goes wrong still throws.
 */
export async function importReleaseOutcome(
  fileName: string,
  bytes: Uint8Array,
): Promise<ReleaseImportOutcome> {
  try {
    return { kind: 'imported', fileName, ...(await importRelease({ fileName, bytes })) };
  } catch (error) {
    if (error instanceof ReleaseImportError) return { kind: 'refused', fileName, problem: error.problem };
    throw error;
  }
}
