import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { build } from 'esbuild';

/** Bundles a child script once, so that each trial starts a plain Node process quickly. */
export async function bundleChild(entry: string, folder: string): Promise<string> {
  const outfile = join(folder, entry.replace(/\.ts$/, '.mjs'));
  await build({
    entryPoints: [join(import.meta.dirname, entry)],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    outfile,
    logLevel: 'silent',
    banner: {
      js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);",
    },
  });
  return outfile;
}

/** A running child and the lines it has written on stdout so far. */
export interface RunningChild {
  process: ChildProcess;
  lines: string[];
  /** Resolves with the first line that satisfies `match`. */
  line: (match: (line: string) => boolean) => Promise<string>;
  /** Resolves when the child has exited. */
  exited: Promise<void>;
}

export function startChild(script: string, args: string[]): RunningChild {
  const child = spawn(process.execPath, [script, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  const lines: string[] = [];
  const waiting: Array<{ match: (line: string) => boolean; resolve: (line: string) => void }> = [];
  let buffer = '';
  let stderr = '';
  child.stdout.setEncoding('utf8');
  child.stdout.on('data', (chunk: string) => {
    buffer += chunk;
    const complete = buffer.split('\n');
    buffer = complete.pop() ?? '';
    for (const line of complete) {
      lines.push(line);
      for (const wait of waiting.filter((entry) => entry.match(line))) wait.resolve(line);
    }
  });
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()));
  return {
    process: child,
    lines,
    exited,
    line: (match) =>
      new Promise((resolve, reject) => {
        const found = lines.find(match);
        if (found !== undefined) return resolve(found);
        waiting.push({ match, resolve });
        void exited.then(() => {
          const late = lines.find(match);
          if (late !== undefined) resolve(late);
          else reject(new Error(`The child exited without that line. stderr: ${stderr.slice(0, 2000)}`));
        });
      }),
  };
}
