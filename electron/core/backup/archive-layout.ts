import { END_OF_ARCHIVE, paddedToBlock, TAR_BLOCK_SIZE } from './tar-format';

/*
 * What a backup archive holds, in this order: `manifest.json`, then every data file under `data/`
 * in the manifest's order, then the end-of-archive blocks. Extracted with any tar tool, `data/` is a
 * data folder that Newsroom can open as it is (NEWSROOM_DATA_DIR).
 */

/** The archive's first entry. */
export const MANIFEST_ENTRY_NAME = 'manifest.json';
const DATA_ENTRY_PREFIX = 'data/';

/** The name in the archive of the data file at `path` (relative, with `/`). */
export function entryNameOf(path: string): string {
  return `${DATA_ENTRY_PREFIX}${path}`;
}

/**
 * Where each file's header starts and how long the whole archive must be. The layout follows from
 * the manifest alone, so one file can be read without reading the others, and a cut-short archive
 * is seen from its size.
 */
export function archiveLayoutOf<File extends { size: number }>(
  manifestSize: number,
  files: readonly File[],
): { entries: { file: File; headerOffset: number }[]; totalSize: number } {
  let offset = TAR_BLOCK_SIZE + paddedToBlock(manifestSize);
  const entries = files.map((file) => {
    const headerOffset = offset;
    offset += TAR_BLOCK_SIZE + paddedToBlock(file.size);
    return { file, headerOffset };
  });
  return { entries, totalSize: offset + END_OF_ARCHIVE.length };
}
