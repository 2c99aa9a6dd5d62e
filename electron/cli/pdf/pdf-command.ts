import { mkdir, stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { releaseLanguages } from '../../shared/languages';
import type { Release } from '../../shared/schemas/release';
import type { ReleaseExportJob } from '../../core/pdf/export-releases';
import { planFolderExport } from '../../core/pdf/plan-folder-export';
import { storeRenderContext } from '../../core/release-render/store-render-context';
import { CliError, usageError } from '../cli-error';
import { ACCESS, type Command, type CommandContext } from '../command';
import { openStoreToRead, withStore } from '../open-store';
import { findRelease, languageOption, liveReleases } from '../releases/find-release';

export const pdfCommand: Command = {
  words: ['pdf'],
  summary: 'Export a release, or all of them, to PDF.',
  synopsis: 'ID|REF --out FILE [--language LANG]  |  --all --out-dir DIR',
  shortSynopsis: 'ID|REF | --all',
  description: [
    'Prints with the app’s own print page and rules: the letterhead, running header, page numbers, "-more-" and end mark, a tagged PDF with an outline and its metadata. ID|REF is the release’s id or reference number (see "newsroom releases show"). With --all, every release that is not deleted is written to DIR under its default name (reference, language and headline; " (2)" when a name is taken), with progress on standard error.',
    'Chromium prints the PDF: NEWSROOM_CHROMIUM when set, else a Chromium or Chrome installed at its usual place, else an installed Chrome or Edge. The print page is built from the checkout’s sources the first time, and again after they change (out/cli-print).',
  ],
  options: {
    out: { type: 'string', value: 'FILE', description: 'Where to write the PDF of one release.' },
    all: { type: 'boolean', description: 'Export every release (with --out-dir).' },
    'out-dir': { type: 'string', value: 'DIR', description: 'The folder for --all; made if missing.' },
    language: languageOption,
  },
  positionals: { min: 0, max: 1, name: 'ID|REF, the id or reference number of the release' },
  examples: [
    'newsroom pdf "ACT 042(2026)" --out act-042.pdf',
    'newsroom pdf --all --out-dir ~/press/pdf --json',
  ],
  access: ACCESS.reads,
  async run(context, args) {
    const { output, cwd } = context;
    const all = args.flag('all');
    const key = args.positionals[0];
    const out = args.string('out');
    const outDir = args.string('out-dir');
    const language = args.choice('language', releaseLanguages);
    if (all && key !== undefined) throw usageError('Give a release or --all, not both.');
    if (all && out !== undefined) throw usageError('--all writes to a folder: use --out-dir DIR, not --out.');
    if (all && outDir === undefined)
      throw usageError('--all needs --out-dir DIR, the folder to write the PDFs to.');
    if (!all && key === undefined) throw usageError('Missing ID|REF, the release to export (or --all).');
    if (!all && out === undefined) throw usageError('--out FILE is required: where to write the PDF.');
    if (!all && outDir !== undefined)
      throw usageError('--out-dir goes with --all; for one release use --out FILE.');

    const jobs = all
      ? await folderJobs(context, resolve(cwd, outDir!))
      : await singleJob(context, key!, language, resolve(cwd, out!));
    if (jobs.length === 0) {
      output.document({ exported: [], failed: [] });
      output.line('There are no releases to export.');
      return 0;
    }
    // Playwright and the PDF post-processing take most of a second to load: only printing pays for it.
    const { printReleases } = await import('./print-releases');
    const summary = await printReleases(context, jobs, all);
    const failure = summary.failed[0];
    if (!all && failure) throw new CliError(1, 'EXPORT_FAILED', failure.message);
    const byId = new Map(jobs.map((job) => [job.release.id, job.release]));
    output.document({
      exported: summary.done.map((done) => ({
        ...describe(byId.get(done.releaseId)),
        path: done.targetPath,
        pages: done.pages,
      })),
      failed: summary.failed.map((failed) => ({
        ...describe(byId.get(failed.releaseId)),
        path: failed.targetPath,
        code: failed.code,
        message: failed.message,
      })),
    });
    if (!all) {
      const done = summary.done[0]!;
      output.line(`Wrote ${done.targetPath} (${done.pages} page${done.pages === 1 ? '' : 's'}).`);
      return 0;
    }
    for (const failed of summary.failed) output.note(`failed: ${failed.targetPath}: ${failed.message}`);
    output.line(
      summary.failed.length === 0
        ? `Exported ${summary.done.length} release${summary.done.length === 1 ? '' : 's'} to ${resolve(cwd, outDir!)}.`
        : `Exported ${summary.done.length} of ${jobs.length} releases to ${resolve(cwd, outDir!)}; ${summary.failed.length} failed.`,
    );
    return summary.failed.length === 0 ? 0 : 1;
  },
};

/** The one release to print, found before Chromium starts so that a wrong id fails at once. */
async function singleJob(
  { output, dataDir }: CommandContext,
  key: string,
  language: (typeof releaseLanguages)[number] | undefined,
  targetPath: string,
): Promise<ReleaseExportJob[]> {
  if (await isFolder(targetPath)) {
    throw usageError(`--out ${targetPath} is a folder: give the PDF's file name (or use --all --out-dir).`);
  }
  return withStore(openStoreToRead(dataDir, output), async (store) => {
    const release = await findRelease(store, key, language);
    return [{ release, context: await storeRenderContext(store, release), targetPath }];
  });
}

/** Every release not deleted, each under its default name in `folder`, made unique. */
async function folderJobs({ output, dataDir }: CommandContext, folder: string): Promise<ReleaseExportJob[]> {
  const releases = await withStore(openStoreToRead(dataDir, output), async (store) =>
    Promise.all(
      liveReleases(store).map(async (summary) => {
        const release = await store.releases.get(summary.id);
        return { release, context: await storeRenderContext(store, release) };
      }),
    ),
  );
  if (releases.length === 0) return [];
  try {
    await mkdir(folder, { recursive: true });
  } catch (error) {
    throw new CliError(
      1,
      'EXPORT_FAILED',
      `Could not make the folder ${folder}: ${(error as Error).message}`,
      {
        cause: error,
      },
    );
  }
  return planFolderExport(releases, folder);
}

function describe(release: Release | undefined) {
  return {
    id: release?.id ?? null,
    reference: release?.reference ?? null,
    language: release?.language ?? null,
    headline: release?.headline ?? null,
  };
}

async function isFolder(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isDirectory();
  } catch {
    return false;
  }
}
