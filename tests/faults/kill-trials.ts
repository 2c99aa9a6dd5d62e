import { spawn } from 'node:child_process';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { build } from 'esbuild';
import { NewsroomStore } from '../../electron/core/store/newsroom-store';
import { makeTempDir, removeTempDir } from '../support/temp-dir';

export interface KillTrialReport {
  trials: number;
  /** Store files that did not parse as JSON after a kill. */
  unreadableFiles: number;
  /** Files the store had to quarantine when it opened after a kill. */
  quarantinedFiles: number;
  /** Writes the child was told were on disk, but which were not there after the kill. */
  lostAcknowledgedWrites: number;
  acknowledgedWrites: number;
  /** Temp files left by the killed writer (removed by the next open). */
  strayTempFiles: number;
  problems: string[];
}

/** Bundles the writer child once, so that each trial starts a plain Node process quickly. */
async function bundleChild(folder: string): Promise<string> {
  const outfile = join(folder, 'store-writer-child.mjs');
  await build({
    entryPoints: [join(import.meta.dirname, 'store-writer-child.ts')],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    outfile,
    banner: {
      js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);",
    },
  });
  return outfile;
}

interface Acks {
  contacts: Set<string>;
  settingsStep: number;
  release: { id: string; step: number } | null;
}

/** Starts the writer, kills it with SIGKILL after a random delay, and returns what it acknowledged. */
function runAndKill(childScript: string, dataDir: string, maxDelayMs: number): Promise<Acks> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [childScript, dataDir], { stdio: ['ignore', 'pipe', 'pipe'] });
    const acks: Acks = { contacts: new Set(), settingsStep: 0, release: null };
    let buffer = '';
    let stderr = '';
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => {
      buffer += chunk;
      const lines = buffer.split('\n');
      buffer = lines.pop() ?? '';
      for (const line of lines) {
        const [kind, a, b] = line.split(' ');
        if (kind === 'ready') setTimeout(() => child.kill('SIGKILL'), Math.random() * maxDelayMs);
        else if (kind === 'contact') acks.contacts.add(a!);
        else if (kind === 'settings') acks.settingsStep = Number(a);
        else if (kind === 'release') acks.release = { id: a!, step: Number(b) };
      }
    });
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('exit', (_code, signal) => {
      if (signal !== 'SIGKILL')
        reject(new Error(`The writer exited on its own (${signal ?? _code}): ${stderr}`));
      else resolve(acks);
    });
  });
}

async function jsonFilesIn(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { withFileTypes: true, recursive: true });
  return entries
    .filter(
      (entry) => entry.isFile() && entry.name.endsWith('.json') && !entry.parentPath.includes('quarantine'),
    )
    .map((entry) => join(entry.parentPath, entry.name));
}

/**
 * SIGKILLs a process writing to the store `trials` times, at random moments, and after each kill
 * checks that every file still parses, that the store opens without quarantining anything, and that
 * every write the process had been told was saved is there.
 */
export async function runKillTrials(
  trials: number,
  maxDelayMs = 150,
  onProgress?: (done: number) => void,
): Promise<KillTrialReport> {
  const workDir = await makeTempDir('newsroom-kill-');
  const dataDir = join(workDir, 'data');
  const report: KillTrialReport = {
    trials: 0,
    unreadableFiles: 0,
    quarantinedFiles: 0,
    lostAcknowledgedWrites: 0,
    acknowledgedWrites: 0,
    strayTempFiles: 0,
    problems: [],
  };
  try {
    const childScript = await bundleChild(workDir);
    for (let trial = 1; trial <= trials; trial += 1) {
      const acks = await runAndKill(childScript, dataDir, maxDelayMs);
      report.trials += 1;
      report.acknowledgedWrites +=
        acks.contacts.size + (acks.settingsStep > 0 ? 1 : 0) + (acks.release ? 1 : 0);
      const names = await readdir(dataDir, { recursive: true });
      report.strayTempFiles += names.filter((name) => name.endsWith('.tmp')).length;

      for (const file of await jsonFilesIn(dataDir)) {
        try {
          JSON.parse(await readFile(file, 'utf8'));
        } catch {
          report.unreadableFiles += 1;
          report.problems.push(`trial ${trial}: ${file} does not parse`);
        }
      }
      const store = await NewsroomStore.open({
        dataDir,
        holder: 'the kill-test checker',
        locale: 'en-GB',
        timeZone: 'Europe/Paris',
        seedSampleOnFirstRun: false,
      });
      try {
        report.quarantinedFiles += store.notices.filter((notice) => notice.kind === 'quarantined').length;
        for (const notice of store.notices) report.problems.push(`trial ${trial}: ${JSON.stringify(notice)}`);
        for (const id of acks.contacts) {
          try {
            store.contacts.get(id);
          } catch {
            report.lostAcknowledgedWrites += 1;
            report.problems.push(`trial ${trial}: acknowledged contact ${id} is missing`);
          }
        }
        const pattern = store.settings.get().referencePattern;
        const settingsStep = Number(/\/(\d+)$/.exec(pattern)?.[1] ?? 0);
        if (settingsStep < acks.settingsStep) {
          report.lostAcknowledgedWrites += 1;
          report.problems.push(
            `trial ${trial}: settings at step ${settingsStep}, acknowledged ${acks.settingsStep}`,
          );
        }
        if (acks.release) {
          const headline = await store.releases
            .get(acks.release.id)
            .then((release) => release.headline)
            .catch(() => 'missing');
          const step = Number(/Kill test (\d+)$/.exec(headline)?.[1] ?? -1);
          if (step < acks.release.step) {
            report.lostAcknowledgedWrites += 1;
            report.problems.push(
              `trial ${trial}: release reads "${headline}", acknowledged step ${acks.release.step}`,
            );
          }
        }
      } finally {
        await store.close();
      }
      onProgress?.(trial);
    }
  } finally {
    await removeTempDir(workDir);
  }
  return report;
}
