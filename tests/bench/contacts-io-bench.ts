/*
 * Contact import and export at scale. Each import is measured in a child process of its own, so that
 * its peak memory is its own: in one process, the memory a first import frees stays with the process
 * (the allocator keeps it) and hides the next one's peak. This file is that child's entry too: run
 * with NEWSROOM_CONTACTS_IO_TASK set, it performs the task and sends back the figures.
 */
import { fork } from 'node:child_process';
import { stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { applyImport } from '../../electron/core/contacts-import/apply-import';
import { exportContacts, type ExportFormat } from '../../electron/core/contacts-import/export-contacts';
import { parseImportFileInWorker } from '../../electron/core/contacts-import/parse-in-worker';
import { planImport } from '../../electron/core/contacts-import/plan-import';
import { writeContactsCsv } from '../../electron/core/contacts-io/csv/write-csv';
import { writeVCards } from '../../electron/core/contacts-io/vcard/write-vcards';
import { generateContacts } from '../support/generate';
import { openTestStore } from '../support/open-test-store';
import { makeTempDir, removeTempDir } from '../support/temp-dir';
import { bundledImportWorker } from '../unit/electron/core/contacts-import/support/import-worker-bundle';
import { summarise, timed } from './stats';

const TASK_VARIABLE = 'NEWSROOM_CONTACTS_IO_TASK';
const MEGABYTE = 1024 * 1024;

/** What a child process measures: reading a file only, or reading, planning and applying it. */
interface ChildTask {
  kind: 'read' | 'import';
  path: string;
}

function isChildTask(value: unknown): value is ChildTask {
  if (typeof value !== 'object' || value === null || !('kind' in value) || !('path' in value)) return false;
  return (value.kind === 'read' || value.kind === 'import') && typeof value.path === 'string';
}

/** The longest the event loop was held while `work` ran, in ms. */
async function withLongestBlock<T>(work: () => Promise<T>): Promise<{ result: T; longestBlockMs: number }> {
  const delay = monitorEventLoopDelay({ resolution: 1 });
  delay.enable();
  try {
    return { result: await work(), longestBlockMs: Math.round(delay.max / 1e6) };
  } finally {
    delay.disable();
  }
}

/** What a child measures, in whole ms and counts; the import's steps only for an import. */
interface TaskFigures {
  records: number;
  readMs: number;
  readLongestBlockMs: number;
  cpuMs?: number;
  duplicatesFound?: number;
  planMs?: number;
  applyMs?: number;
  applyLongestBlockMs?: number;
  totalMs?: number;
}

/** Runs in the child: reads the file in the worker and, for an import, plans and applies it into an empty store. */
async function runTask({ kind, path }: ChildTask) {
  const rssBeforeMb = Math.round(process.memoryUsage.rss() / MEGABYTE);
  const { startWorker } = await bundledImportWorker();
  const started = performance.now();
  const cpuAtStart = process.cpuUsage();
  const read = await withLongestBlock(() => parseImportFileInWorker({ path }, { startWorker }));
  const parsed = read.result;
  if (parsed.status !== 'read' || parsed.errors.length > 0) throw new Error(`${path} was not read whole`);
  const readMs = Math.round(performance.now() - started);
  const figures: TaskFigures = {
    records: parsed.records.length,
    readMs,
    readLongestBlockMs: read.longestBlockMs,
  };

  if (kind === 'import') {
    const dataDir = await makeTempDir('newsroom-bench-import-');
    const store = await openTestStore(dataDir, { holder: 'the benchmark' });
    try {
      await store.contactIndexReady;
      const planStarted = performance.now();
      const plan = await planImport(parsed, store.contacts.all());
      const planMs = Math.round(performance.now() - planStarted);
      // Generated names repeat at the same outlets: keep every record, so that all of them are written.
      const decisions = Object.fromEntries(
        plan.records
          .filter((record) => record.status === 'duplicate')
          .map((record) => [record.index, 'keep-both'] as const),
      );
      const applyStarted = performance.now();
      const apply = await withLongestBlock(() =>
        applyImport(store, plan, decisions, { importId: 'bench', now: new Date(), fileName: path }),
      );
      if (store.contacts.count !== parsed.records.length) throw new Error('The import did not land whole');
      Object.assign(figures, {
        duplicatesFound: plan.counts.duplicates,
        planMs,
        applyMs: Math.round(performance.now() - applyStarted),
        applyLongestBlockMs: apply.longestBlockMs,
        totalMs: Math.round(performance.now() - started),
      });
    } finally {
      await store.close();
      await removeTempDir(dataDir);
    }
  }
  // CPU time of both threads: on a shared machine, closer than wall time to what an idle one would take.
  const cpu = process.cpuUsage(cpuAtStart);
  figures.cpuMs = Math.round((cpu.user + cpu.system) / 1_000);
  // The kernel's high-water mark of this process, worker thread included.
  const rssPeakMb = Math.round(process.resourceUsage().maxRSS / 1024);
  return { ...figures, rssBeforeMb, rssPeakMb };
}

/** Runs `task` in a fresh child process running this file, and returns its figures. */
function inChildProcess(task: ChildTask): Promise<Awaited<ReturnType<typeof runTask>>> {
  return new Promise((resolve, reject) => {
    const child = fork(fileURLToPath(import.meta.url), [], {
      execArgv: ['--expose-gc', '--import', 'tsx'],
      env: { ...process.env, [TASK_VARIABLE]: JSON.stringify(task) },
    });
    child.once('message', (figures: Awaited<ReturnType<typeof runTask>>) => resolve(figures));
    child.once('error', reject);
    child.once(
      'exit',
      (code) => code !== 0 && reject(new Error(`The ${task.kind} of ${task.path} failed (exit ${code})`)),
    );
  });
}

async function megabytesOf(path: string): Promise<number> {
  return Math.round(((await stat(path)).size / MEGABYTE) * 10) / 10;
}

/**
 * Importing a CSV and a vCard file of `contacts` generated contacts (read in the worker, planned and
 * applied into an empty store, search index included) with the peak memory of the process; reading
 * a 25 MB vCard file with its peak memory; and exporting `contacts` contacts to each format.
 */
export async function benchContactsIo({ contacts: count = 100_000, exportRuns = 3 } = {}) {
  const folder = await makeTempDir('newsroom-bench-files-');
  try {
    const contacts = generateContacts(count);
    const files = {
      csv: join(folder, 'contacts.csv'),
      vcard: join(folder, 'contacts.vcf'),
      vcard25Mb: join(folder, 'contacts-25mb.vcf'),
    };
    await writeFile(files.csv, writeContactsCsv(contacts));
    await writeFile(files.vcard, writeVCards(contacts));
    // 100,000 generated cards take 46 MB.
    await writeFile(files.vcard25Mb, writeVCards(contacts.slice(0, Math.round((count * 25) / 46))));

    const imports = {
      csv: {
        megabytes: await megabytesOf(files.csv),
        ...(await inChildProcess({ kind: 'import', path: files.csv })),
      },
      vcard: {
        megabytes: await megabytesOf(files.vcard),
        ...(await inChildProcess({ kind: 'import', path: files.vcard })),
      },
    };
    const read25Mb = {
      megabytes: await megabytesOf(files.vcard25Mb),
      ...(await inChildProcess({ kind: 'read', path: files.vcard25Mb })),
    };

    const exportMs: Record<string, ReturnType<typeof summarise> & { megabytes: number }> = {};
    for (const format of ['vcard4', 'vcard3', 'csv'] satisfies ExportFormat[]) {
      const times: number[] = [];
      let bytes = 0;
      for (let run = 0; run < exportRuns; run++) {
        times.push(
          await timed(async () => (bytes = (await exportContacts(contacts, format)).bytes.byteLength)),
        );
      }
      exportMs[format] = { ...summarise(times), megabytes: Math.round((bytes / MEGABYTE) * 10) / 10 };
    }
    return { contacts: count, imports, read25Mb, exportMs };
  } finally {
    await removeTempDir(folder);
  }
}

const childTask = process.env[TASK_VARIABLE];
if (childTask !== undefined && process.send) {
  const send = process.send.bind(process);
  const task: unknown = JSON.parse(childTask);
  if (!isChildTask(task)) throw new Error(`${TASK_VARIABLE} does not name a task: ${childTask}`);
  void runTask(task).then(
    (figures) => send(figures, () => process.exit(0)),
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
}
