import { resolve } from 'node:path';

/**
 * The data folder: `NEWSROOM_DATA_DIR` when set (tests, the command line, a portable install),
 * otherwise the platform's default given by the caller.
 */
export function resolveDataDir(env: Record<string, string | undefined>, defaultDir: string): string {
  const override = env.NEWSROOM_DATA_DIR?.trim();
  return override ? resolve(override) : defaultDir;
}
