import { expect } from 'vitest';
import { channels, type ChannelName } from '../../../../../electron/shared/ipc/channels';
import type { callRouter } from './fuzz-rig';
import { APP_SENDER, envelopeSchema, schemaAccepts, type Envelope, type FuzzRig } from './fuzz-rig';

/** A short, printable account of a payload for failure messages. */
export function describePayload(input: unknown): string {
  let text: string;
  try {
    text = JSON.stringify(input, (_key, value: unknown) => (typeof value === 'bigint' ? `${value}n` : value));
  } catch {
    text = Object.prototype.toString.call(input);
  }
  text ??= String(input);
  return text.length > 300 ? `${text.slice(0, 300)}… (${text.length} characters)` : text;
}

/** Fails the test with `message()`, built only then: describing a 5 MB payload takes time. */
export function check(condition: boolean, message: () => string): void {
  if (!condition) expect.fail(message());
}

/**
 * Holds what the data folder looked like after the last success. Failed calls since then must
 * have left it as it was; it is checked before each call that may succeed and at the end.
 */
export class DiskWatch {
  private baseline: Record<string, string> = {};
  private failedSince: Array<{ channel: ChannelName; input: unknown; code: string }> = [];

  constructor(private readonly rig: FuzzRig) {}

  async start(): Promise<void> {
    this.baseline = await this.rig.diskState();
    this.failedSince = [];
  }

  failed(channel: ChannelName, input: unknown, code: string): void {
    this.failedSince.push({ channel, input, code });
    if (this.failedSince.length > 10) this.failedSince.shift();
  }

  async expectUnchanged(): Promise<void> {
    const now = await this.rig.diskState();
    const calls = () =>
      this.failedSince.map(({ channel, input, code }) => `${channel} → ${code}: ${describePayload(input)}`);
    const changed = [...new Set([...Object.keys(now), ...Object.keys(this.baseline)])].filter(
      (path) => now[path] !== this.baseline[path],
    );
    check(
      changed.length === 0,
      () => `the data folder changed (${changed.join(', ')}) after failed calls:\n${calls().join('\n')}`,
    );
  }

  async succeeded(): Promise<void> {
    this.baseline = await this.rig.diskState();
    this.failedSince = [];
  }
}

/**
 * Sends one request from the app's own page and checks everything the contract promises about
 * the answer. Returns the envelope.
 */
export async function expectContract(
  rig: FuzzRig,
  disk: DiskWatch,
  send: typeof callRouter,
  channel: ChannelName,
  input: unknown,
): Promise<Envelope> {
  const accepted = schemaAccepts(channel, input);
  const callsBefore = rig.handlerCalls.length;
  const what = () => `${channel} with ${describePayload(input)}`;
  let visibleBefore: string | null = null;
  if (accepted) {
    await disk.expectUnchanged();
    visibleBefore = await rig.visibleState();
  }
  const outcome = await send(rig.route, channel, APP_SENDER, input);
  if (outcome.kind !== 'resolved') {
    expect.fail(`${what()}: the router ${outcome.kind} (${String(outcome.error)}) instead of answering`);
  }
  const parsed = envelopeSchema.safeParse(outcome.result);
  check(parsed.success, () => `${what()}: not a Result envelope: ${describePayload(outcome.result)}`);
  const envelope = parsed.data!;
  if (!accepted) {
    check(
      !envelope.ok && envelope.error.code === 'INVALID_INPUT',
      () => `${what()}: refused by the schema, but answered ${describePayload(envelope)}`,
    );
    check(rig.handlerCalls.length === callsBefore, () => `${what()}: refused input reached a handler`);
    disk.failed(channel, input, 'INVALID_INPUT');
    return envelope;
  }
  check(
    rig.handlerCalls.length === callsBefore + 1 && rig.handlerCalls.at(-1) === channel,
    () => `${what()}: handlers run: ${rig.handlerCalls.slice(callsBefore).join(', ')}`,
  );
  if (envelope.ok) {
    check(channels[channel].output.safeParse(envelope.value).success, () => `${what()}: output off contract`);
    let cloneError: unknown = null;
    try {
      structuredClone(envelope);
    } catch (error) {
      cloneError = error;
    }
    check(
      cloneError === null,
      () => `${what()}: Electron could not send the answer back: ${String(cloneError)}`,
    );
    await disk.succeeded();
    return envelope;
  }
  check(!/^(INTERNAL|UNTRUSTED_SENDER|UNKNOWN_CHANNEL)$/.test(envelope.error.code), () => {
    const logged = rig.loggedErrors.at(-1);
    return `${what()}: accepted input ended in ${envelope.error.code}${logged ? `: ${String(logged.error)}` : ''}`;
  });
  disk.failed(channel, input, envelope.error.code);
  await disk.expectUnchanged();
  // A failed write keeps the edit in memory on purpose (issue 8, point 3); anything else changes nothing.
  if (envelope.error.code !== 'WRITE_FAILED') {
    const visibleAfter = await rig.visibleState();
    check(
      visibleAfter === visibleBefore,
      () => `${what()}: failed with ${envelope.error.code}, yet changed the store`,
    );
  }
  return envelope;
}
