import { access, readdir, readFile, rm, stat } from 'node:fs/promises';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import type { Plugin } from 'vite';
import { writeFileAtomically } from '../../core/store/atomic-write';
import { CliError } from '../cli-error';
import type { Output } from '../output';

/** The checkout this command runs from: the print page is built from its renderer/ sources. */
const REPO_ROOT = resolve(import.meta.dirname, '../../..');

/** Where a checkout's print page comes from, and where the command line keeps its build of it. */
function locations(root: string) {
  // The command line's own build, apart from out/renderer: `electron-vite build` empties that
  // folder, which would pull the page from under an export running meanwhile.
  const builds = join(root, 'out', 'cli-print');
  return { root, renderer: join(root, 'renderer'), builds, current: join(builds, 'current.json') };
}
type Locations = ReturnType<typeof locations>;
/** An older build may still be serving an export that started before it was replaced. */
const OLD_BUILD_GRACE_MS = 10 * 60 * 1000;

/** Which build is current, and the files it was made from, to tell when it is out of date. */
interface BuildRecord {
  schemaVersion: 1;
  /** The build's folder, inside BUILDS_FOLDER. */
  folder: string;
  /** When the build started: a source changed after that makes it stale. */
  builtAt: number;
  /** Every file of the repository that went into the page, relative to its root. */
  sources: string[];
}

/**
 * The folder of the built print page (print.html and its assets), built first when there is none
 * or when any file it was built from changed since: a Vite build of that one page, about a second.
 * Concurrent commands may each build; each uses its own build, and the last one becomes current.
 */
export async function printPageFolder(output: Output, root: string = REPO_ROOT): Promise<string> {
  const where = locations(root);
  const current = await readCurrentBuild(where);
  if (current && (await isFresh(where, current))) return join(where.builds, current.folder);
  output.note('building the print page (out/cli-print): there is none yet, or its sources changed…');
  return buildPrintPage(where);
}

async function readCurrentBuild(where: Locations): Promise<BuildRecord | null> {
  try {
    const record = JSON.parse(await readFile(where.current, 'utf8')) as Partial<BuildRecord>;
    const valid =
      record.schemaVersion === 1 &&
      typeof record.folder === 'string' &&
      /^build-[\w-]+$/.test(record.folder) &&
      typeof record.builtAt === 'number' &&
      Array.isArray(record.sources) &&
      record.sources.every((source) => typeof source === 'string');
    return valid ? (record as BuildRecord) : null;
  } catch {
    // No build yet, or a record from an interrupted write: build again.
    return null;
  }
}

async function isFresh(where: Locations, record: BuildRecord): Promise<boolean> {
  try {
    await access(join(where.builds, record.folder, 'print.html'));
    for (const source of record.sources) {
      if ((await stat(join(where.root, source))).mtimeMs > record.builtAt) return false;
    }
    return true;
  } catch {
    // A source that is gone (a file renamed, moved) means the page must be built again.
    return false;
  }
}

async function buildPrintPage(where: Locations): Promise<string> {
  const entry = join(where.renderer, 'print.html');
  try {
    await access(entry);
  } catch {
    throw new CliError(
      1,
      'NO_PRINT_PAGE',
      `The print page's source ${entry} is missing: the pdf command runs in a Newsroom checkout.`,
    );
  }
  const vite = await import('vite').catch((error: unknown) => {
    throw new CliError(
      1,
      'NO_PRINT_PAGE',
      'Building the print page needs Vite, a development dependency: run "npm install" in the Newsroom checkout.',
      { cause: error },
    );
  });
  const builtAt = Date.now();
  const folder = `build-${builtAt}-${process.pid}`;
  const outDir = join(where.builds, folder);
  const modules = new Set<string>();
  const collectSources: Plugin = {
    name: 'newsroom-cli-print-sources',
    buildEnd() {
      for (const id of this.getModuleIds()) modules.add(id);
    },
  };
  try {
    // The renderer settings of electron.vite.config.ts, for this one page; its own config file is
    // not loaded, so that nothing else of the app is built or needed.
    await vite.build({
      configFile: false,
      root: where.renderer,
      logLevel: 'silent',
      resolve: { alias: { '@shared': join(where.root, 'electron/shared') } },
      plugins: [collectSources],
      build: {
        outDir,
        emptyOutDir: true,
        minify: true,
        reportCompressedSize: false,
        rolldownOptions: { input: { print: entry } },
      },
    });
  } catch (error) {
    await rm(outDir, { recursive: true, force: true });
    const reason = error instanceof Error ? error.message : String(error);
    throw new CliError(1, 'NO_PRINT_PAGE', `Could not build the print page: ${reason}`, { cause: error });
  }
  const record: BuildRecord = { schemaVersion: 1, folder, builtAt, sources: sourcesOf(where.root, modules) };
  await writeFileAtomically(where.current, JSON.stringify(record, null, 2));
  await removeOldBuilds(where.builds, folder, builtAt);
  return outDir;
}

/**
 * The repository's files among the modules of the build, plus what changes the build without being
 * a module: the lock file (dependency versions) and this builder. Files under node_modules keep the
 * date of their package, so the lock file stands for them.
 */
function sourcesOf(root: string, modules: ReadonlySet<string>): string[] {
  const files = [...modules]
    .map((id) => id.split('?')[0]!)
    .filter((id) => isAbsolute(id) && !id.includes(`${sep}node_modules${sep}`))
    .map((id) => relative(root, id))
    // Only the checkout's own files; a module resolved through a link elsewhere is not a source.
    .filter((path) => !path.startsWith('..'));
  const builder = relative(root, import.meta.filename);
  return [...new Set([...files, 'package-lock.json', ...(builder.startsWith('..') ? [] : [builder])])].sort();
}

async function removeOldBuilds(builds: string, current: string, now: number): Promise<void> {
  for (const name of await readdir(builds)) {
    const startedAt = Number(/^build-(\d+)-/.exec(name)?.[1]);
    if (name === current || !Number.isFinite(startedAt) || now - startedAt < OLD_BUILD_GRACE_MS) continue;
    await rm(join(builds, name), { recursive: true, force: true });
  }
}
