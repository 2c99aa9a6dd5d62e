/*
 * Security suite: Electronegativity (Doyensec's Electron linter), run offline on the main and
 * preload code, with every finding printed. A HIGH or MEDIUM finding fails the test unless
 * tests/security/electronegativity-reviewed.json explains it; this test also checks the facts
 * those explanations rely on, so that an explanation cannot outlive its truth.
 *
 * What it scans, and why:
 * - electron/, the TypeScript source: complete, and what a reviewer reads.
 * - main and preload bundled from that source by esbuild, syntax lowered to ES2020. The files
 *   electron-vite writes to out/ cannot be scanned as they are: the tool's old parser fails on
 *   out/main/index.js (class private fields) and only says so when run without -o, and it never
 *   reads out/preload/index.cjs (it knows .js, .ts, .jsx, .tsx, .html and .json only). Bundling
 *   also renames imports (BrowserWindow3), which hides some windows from its patterns: the source
 *   scan is the one that sees everything.
 * The CLI exits 0 whatever it finds, and drops parse errors when it writes a file: so each scan
 * runs twice, once to a CSV (the findings) and once to the terminal (the parse errors), and the
 * two lists must agree. Its CSV writer races with itself (header and rows are two concurrent
 * writes): a damaged CSV is detected and the scan run again.
 */
import { execFile } from 'node:child_process';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { promisify } from 'node:util';
import { build } from 'esbuild';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { printWindowWebPreferences } from '../../../../electron/main/pdf/print-window-preferences';
import { CONTENT_SECURITY_POLICY } from '../../../../electron/main/security/content-security-policy';
import { hardenedWebPreferences } from '../../../../electron/main/security/web-preferences';
import { makeTempDir, removeTempDir } from '../../../support/temp-dir';

const run = promisify(execFile);
const ROOT = resolve(import.meta.dirname, '../../../..');
const REVIEWED_FILE = join(ROOT, 'tests/security/electronegativity-reviewed.json');
/** The check that fetches GitHub's release list: this run is offline. */
const EXCLUDED_CHECKS = 'AvailableSecurityFixesGlobalCheck';

interface Finding {
  check: string;
  severity: string;
  confidence: string;
  /** Relative to the repository, `bundle/...` for the bundled code, or N/A for whole-app checks. */
  file: string;
  location: string;
  sample: string;
  description: string;
}

interface Reviewed {
  check: string;
  files: string[];
  sample: string;
  count?: number;
  reason: string;
}

interface Scan {
  findings: Finding[];
  parseErrors: string[];
}

async function electronVersion(): Promise<string> {
  const pkg = JSON.parse(await readFile(join(ROOT, 'package.json'), 'utf8')) as {
    devDependencies: Record<string, string>;
  };
  return pkg.devDependencies['electron']!;
}

/** Runs the CLI as CI would, offline; its "Could not retrieve updated translations" is noise. */
async function electronegativity(input: string, version: string, output?: string): Promise<string> {
  const args = ['--no', '--', 'electronegativity', '-i', input, '-e', version, '-x', EXCLUDED_CHECKS];
  const { stdout, stderr } = await run('npx', output ? [...args, '-o', output] : args, {
    cwd: ROOT,
    timeout: 150_000,
    maxBuffer: 32 * 1024 * 1024,
    env: { ...process.env, FORCE_COLOR: '0', NO_COLOR: '1' },
  });
  return `${stdout}\n${stderr}`;
}

/** The check ids of the result table the CLI prints, one per finding. */
function tableCheckIds(text: string): string[] {
  // eslint-disable-next-line no-control-regex
  const plain = text.replace(/\u001b\[[0-9;]*m/g, '');
  return plain
    .split('\n')
    .map((line) => /^│\s*([A-Z][A-Z0-9_]*_CHECK)\s*│/.exec(line)?.[1])
    .filter((id): id is string => id !== undefined);
}

const CSV_HEADER = [
  'issue',
  'severity',
  'confidence',
  'filename',
  'location',
  'sample',
  'description',
  'url',
];

/**
 * The findings of one CSV, or null when it came out damaged: the CLI writes the header and the
 * rows with two concurrent writes to the same file, so under load the header can land on top of
 * the first rows (or the rows be truncated away). Compared with the terminal's table to be sure.
 */
function readCsv(
  csv: string,
  terminalIds: string[],
  displayRoot: string,
  displayPrefix: string,
): Finding[] | null {
  const rows = Papa.parse<string[]>(csv.trim(), { skipEmptyLines: true }).data;
  const header = rows[0]?.map((cell) => cell.trim());
  if (JSON.stringify(header) !== JSON.stringify(CSV_HEADER)) return null;
  if (rows.slice(1).some((row) => row.length !== CSV_HEADER.length)) return null;
  const findings = rows
    .slice(1)
    .map(([check, severity, confidence, file, location, sample, description]) => ({
      check: check!,
      severity: severity!,
      confidence: confidence!,
      file: file === 'N/A' ? 'N/A' : `${displayPrefix}${relative(displayRoot, file!)}`,
      location: location!,
      sample: sample!,
      description: description!,
    }));
  const csvIds = findings.map(({ check }) => check).sort();
  return JSON.stringify(csvIds) === JSON.stringify([...terminalIds].sort()) ? findings : null;
}

async function scan(
  input: string,
  displayRoot: string,
  displayPrefix: string,
  workDir: string,
): Promise<Scan> {
  const version = await electronVersion();
  const csvPath = join(workDir, `${displayPrefix.replace(/\W/g, '') || 'source'}.csv`);
  const [, terminal] = await Promise.all([
    electronegativity(input, version, csvPath),
    electronegativity(input, version),
  ]);
  const terminalIds = tableCheckIds(terminal);
  let findings = readCsv(await readFile(csvPath, 'utf8'), terminalIds, displayRoot, displayPrefix);
  for (let retry = 1; findings === null && retry <= 3; retry += 1) {
    console.warn(`Electronegativity wrote a damaged CSV for ${input}; running it again (${retry}/3)`);
    await electronegativity(input, version, csvPath);
    findings = readCsv(await readFile(csvPath, 'utf8'), terminalIds, displayRoot, displayPrefix);
  }
  if (findings === null) throw new Error(`Electronegativity's CSV for ${input} never matched its own table`);
  const parseErrors = terminal
    .split('\n')
    .filter((line) => /(Tolerable error|Error) parsing /.test(line))
    .map((line) => line.trim());
  return { findings, parseErrors };
}

/** Main and preload bundled as electron-vite does, but down to ES2020 and named .js. */
async function bundleMainAndPreload(outDir: string): Promise<void> {
  const common = {
    absWorkingDir: ROOT,
    bundle: true,
    platform: 'node',
    packages: 'external',
    target: 'es2020',
    supported: { 'top-level-await': true },
    logLevel: 'error',
  } as const;
  await mkdir(outDir, { recursive: true });
  await build({
    ...common,
    entryPoints: ['electron/main/index.ts'],
    format: 'esm',
    outfile: join(outDir, 'main/index.js'),
  });
  await build({
    ...common,
    entryPoints: ['electron/preload/index.ts'],
    format: 'cjs',
    outfile: join(outDir, 'preload/index.js'),
  });
}

/**
 * Pairs each finding of one scan with the reviewed entry that accepts it, or null. An entry
 * accepts up to `count` findings per file; among several, the one with the longest sample wins.
 */
function review(
  findings: Finding[],
  reviewed: Reviewed[],
): Array<{ finding: Finding; entry: Reviewed | null }> {
  const used = new Map<string, number>();
  const bySpecificity = [...reviewed].sort((a, b) => b.sample.length - a.sample.length);
  return findings.map((finding) => {
    const entry =
      bySpecificity.find(
        (candidate) =>
          candidate.check === finding.check &&
          candidate.files.includes(finding.file) &&
          finding.sample.includes(candidate.sample) &&
          (used.get(`${reviewed.indexOf(candidate)}:${finding.file}`) ?? 0) < (candidate.count ?? 1),
      ) ?? null;
    if (entry) {
      const key = `${reviewed.indexOf(entry)}:${finding.file}`;
      used.set(key, (used.get(key) ?? 0) + 1);
    }
    return { finding, entry };
  });
}

function report(label: string, scanned: Scan, reviewed: Reviewed[]): void {
  const lines = review(scanned.findings, reviewed).map(({ finding, entry }) => {
    const where = finding.file === 'N/A' ? 'whole app' : `${finding.file}:${finding.location}`;
    const verdict = entry ? `reviewed: ${entry.reason}` : 'NOT REVIEWED';
    return `  ${finding.severity.padEnd(6)} ${finding.check} at ${where}\n      ${finding.sample.slice(0, 120)}\n      ${verdict}`;
  });
  const errors = scanned.parseErrors.map((error) => `  ${error}`);
  console.log(
    [`Electronegativity on ${label}: ${scanned.findings.length} finding(s)`, ...lines, ...errors].join('\n'),
  );
}

/** A window configured as the checklist forbids: the scan must report it, or it proves nothing. */
const CANARY = `const { BrowserWindow, shell } = require('electron');
const window = new BrowserWindow({ webPreferences: { nodeIntegration: true, contextIsolation: false, sandbox: false } });
window.webContents.on('did-finish-load', () => shell.openExternal(process.argv[2]));
`;

let workDir: string;
let reviewed: Reviewed[];
let source: Scan;
let bundled: Scan;
let canary: Scan;

beforeAll(async () => {
  workDir = await makeTempDir('newsroom-electronegativity-');
  reviewed = (JSON.parse(await readFile(REVIEWED_FILE, 'utf8')) as { accepted: Reviewed[] }).accepted;
  const bundleDir = join(workDir, 'bundle');
  const canaryDir = join(workDir, 'canary');
  await bundleMainAndPreload(bundleDir);
  await mkdir(canaryDir);
  await writeFile(join(canaryDir, 'bad-window.js'), CANARY);
  // Six CLI runs at once: each spends most of its time waiting for the translation download to fail.
  [source, bundled, canary] = await Promise.all([
    scan(join(ROOT, 'electron'), ROOT, '', workDir),
    scan(bundleDir, bundleDir, 'bundle/', workDir),
    scan(canaryDir, canaryDir, 'canary/', workDir),
  ]);
  report('electron/ (source)', source, reviewed);
  report('the bundled main and preload', bundled, reviewed);
}, 240_000);

afterAll(async () => {
  await removeTempDir(workDir);
});

describe('Electronegativity', () => {
  it('runs offline and reports a window built as the checklist forbids', () => {
    const expected = [
      'CONTEXT_ISOLATION_JS_CHECK',
      'SANDBOX_JS_CHECK',
      'OPEN_EXTERNAL_JS_CHECK',
      // Absent from the app's own scans: there, its navigation and permission handlers are seen.
      'LIMIT_NAVIGATION_GLOBAL_CHECK',
      'PERMISSION_REQUEST_HANDLER_GLOBAL_CHECK',
    ];
    const found = review(canary.findings, reviewed).filter(({ finding }) => expected.includes(finding.check));
    expect(found.map(({ finding }) => finding.check).sort()).toEqual([...expected].sort());
    expect(found.filter(({ entry }) => entry !== null)).toEqual([]);
  });

  it('parses every file it is given', () => {
    expect(source.parseErrors).toEqual([]);
    expect(bundled.parseErrors).toEqual([]);
  });

  it('finds no HIGH or MEDIUM issue that is not reviewed', () => {
    const paired = [...review(source.findings, reviewed), ...review(bundled.findings, reviewed)];
    const rejected = paired.filter(
      ({ finding, entry }) => entry === null && ['HIGH', 'MEDIUM'].includes(finding.severity),
    );
    const unused = reviewed.filter((candidate) => !paired.some(({ entry }) => entry === candidate));
    if (unused.length > 0) {
      const stale = unused.map((entry) => `  ${entry.check} in ${entry.files.join(', ')}: "${entry.sample}"`);
      console.warn(`Reviewed, but not found any more (remove them?):\n${stale.join('\n')}`);
    }
    expect(
      rejected.map(
        ({ finding }) =>
          `${finding.severity} ${finding.check} ${finding.file}:${finding.location} ${finding.sample}`,
      ),
    ).toEqual([]);
  });

  it('has a reason for every reviewed finding', () => {
    for (const entry of reviewed) {
      expect(entry.reason.length, `${entry.check} ${entry.sample}`).toBeGreaterThan(40);
      expect(entry.files.length).toBeGreaterThan(0);
    }
  });

  // The facts the reviewed reasons rely on.
  it('still isolates and sandboxes every window, with no Node in any page', () => {
    for (const preferences of [
      hardenedWebPreferences('/preload.cjs'),
      printWindowWebPreferences(true),
      printWindowWebPreferences(false),
    ]) {
      expect(preferences).toMatchObject({
        contextIsolation: true,
        sandbox: true,
        nodeIntegration: false,
        nodeIntegrationInSubFrames: false,
        webviewTag: false,
        webSecurity: true,
      });
    }
    expect(printWindowWebPreferences(false)).not.toHaveProperty('preload');
  });

  it('still sends a CSP that allows no inline script, no eval and no remote source', () => {
    const directives = new Map(
      CONTENT_SECURITY_POLICY.split(';').map((directive) => {
        const [name, ...values] = directive.trim().split(/\s+/);
        return [name!, values] as const;
      }),
    );
    expect(directives.get('default-src')).toEqual(["'none'"]);
    expect(directives.get('script-src')).toEqual(["'self'"]);
    expect(directives.get('object-src')).toEqual(["'none'"]);
    expect(directives.get('base-uri')).toEqual(["'none'"]);
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-|https?:|\*/);
  });
});
