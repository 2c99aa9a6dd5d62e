import { appendFile, mkdir, rename, stat } from 'node:fs/promises';
import { dirname } from 'node:path';
import { inspect } from 'node:util';

const MAX_LOG_BYTES = 5 * 1024 * 1024;

export interface Logger {
  info: (message: string) => void;
  error: (message: string, error?: unknown) => void;
}

/**
 * A plain-text log in the data folder, for the details that never reach the interface (stack
 * traces of unexpected errors). One previous log is kept when the file grows past 5 MB. Logging
 * never throws: a log that cannot be written must not take a save down with it.
 */
export function createFileLogger(path: string, echo: (line: string) => void = () => undefined): Logger {
  let ready: Promise<void> | null = null;
  const prepare = async () => {
    await mkdir(dirname(path), { recursive: true });
    const size = await stat(path).then(
      (info) => info.size,
      () => 0,
    );
    if (size > MAX_LOG_BYTES) await rename(path, `${path}.1`);
  };
  const write = (level: string, message: string, error?: unknown) => {
    const detail =
      error === undefined
        ? ''
        : `\n${error instanceof Error ? (error.stack ?? error.message) : inspect(error)}`;
    const line = `${new Date().toISOString()} ${level} ${message}${detail}\n`;
    echo(line);
    ready ??= prepare().catch(() => undefined);
    void ready.then(() => appendFile(path, line)).catch(() => undefined);
  };
  return {
    info: (message) => write('INFO', message),
    error: (message, error) => write('ERROR', message, error),
  };
}
