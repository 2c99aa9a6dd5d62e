import type { Release } from '../../shared/schemas/release';
import type { ReleaseRenderContext } from '../release-render/render-release-html';
import { defaultPdfFileName } from './export-file-name';
import type { ReleaseExportJob } from './export-releases';
import { pathExists, resolveInsideFolder } from './resolve-inside-folder';

/**
 * The jobs of a batch export to `folder`: each release under its default name, made unique
 * against the files already there and the names given to the releases before it ("… (2).pdf"),
 * compared without case since Windows and macOS folders ignore it.
 */
export async function planFolderExport(
  releases: ReadonlyArray<{ release: Release; context: ReleaseRenderContext }>,
  folder: string,
): Promise<ReleaseExportJob[]> {
  const given = new Set<string>();
  const isTaken = async (path: string) => given.has(path.toLowerCase()) || (await pathExists(path));
  const jobs: ReleaseExportJob[] = [];
  for (const { release, context } of releases) {
    const targetPath = await resolveInsideFolder(folder, defaultPdfFileName(release), isTaken);
    given.add(targetPath.toLowerCase());
    jobs.push({ release, context, targetPath });
  }
  return jobs;
}
