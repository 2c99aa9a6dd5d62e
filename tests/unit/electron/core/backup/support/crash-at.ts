import type { StepHook } from '../../../../../../electron/core/backup/backup-info';

/**
 * A step hook that stops the operation for good at the `occurrence`-th time it reaches `step`: the
 * operation awaits a promise that never settles, so none of its clean-up runs, as when the process
 * is killed there. `reached` resolves when it stops; the test then inspects the disk.
 */
export function crashAt<Step extends string>(
  step: Step,
  occurrence = 1,
): { hook: StepHook<Step>; reached: Promise<void> } {
  let seen = 0;
  let markReached = () => {};
  const reached = new Promise<void>((resolve) => {
    markReached = resolve;
  });
  const hook: StepHook<Step> = (current) => {
    if (current !== step) return;
    seen += 1;
    if (seen !== occurrence) return;
    markReached();
    return new Promise<never>(() => {});
  };
  return { hook, reached };
}

/** A step hook that fails at `step` the way a disk does, for the error paths. */
export function failAt<Step extends string>(step: Step, code = 'EIO'): StepHook<Step> {
  return (current) => {
    if (current === step) throw Object.assign(new Error(`${code}: injected failure at ${step}`), { code });
  };
}

/**
 * Runs `operation` until it crashes at the hook's step. Fails if it settles first, which would mean
 * the step was never reached.
 */
export async function runUntilCrash(operation: Promise<unknown>, reached: Promise<void>): Promise<void> {
  await Promise.race([
    reached,
    operation.then(
      () => Promise.reject(new Error('The operation finished without reaching the crash step')),
      (error: unknown) => Promise.reject(error instanceof Error ? error : new Error(String(error))),
    ),
  ]);
}
