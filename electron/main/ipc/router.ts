import { z } from 'zod';
import type { ChannelHandlers } from '../../core/ipc/channel-handlers';
import { channels, isChannelName, type ChannelName } from '../../shared/ipc/channels';
import { AppFailure, fail, ok, type Result } from '../../shared/result';

/** What the router knows about who sent a request. Built from Electron's event, or by the harness. */
export interface RequestSender {
  /** URL of the frame that sent the request, or null when the frame is gone. */
  frameUrl: string | null;
  isMainFrame: boolean;
  /** True when the request comes from the app's own window, not another webContents. */
  fromAppWindow: boolean;
}

export interface RouterOptions {
  handlers: ChannelHandlers;
  isTrustedSender: (sender: RequestSender) => boolean;
  /** Where unexpected errors are reported; their details never reach the renderer. */
  logError: (message: string, error: unknown) => void;
}

export type Router = (channel: unknown, sender: RequestSender, input: unknown) => Promise<Result<unknown>>;

/**
 * The one door into main. Every request is checked in this order: the sender is our window on our
 * origin, the channel exists, the input passes the channel's schema. Then the handler runs, and
 * whatever happens the caller receives a Result envelope, never a raw exception.
 *
 * Kept free of Electron so that unit tests and the Chromium harness run this same code.
 */
/** The longest problem report sent back: enough to debug, never megabytes for a huge payload. */
const MAX_PROBLEM_LENGTH = 2_000;

/**
 * `input` parsed with `channel`'s schema, or what is wrong with it. Checking itself can throw (zod
 * converting a hostile object to a number, a stack overflow on deep nesting): that is an input
 * that cannot be checked, and it is refused like one that fails.
 */
function parseInput(
  channel: ChannelName,
  input: unknown,
): { ok: true; data: unknown } | { ok: false; problem: string } {
  try {
    const parsed = channels[channel].input.safeParse(input);
    if (parsed.success) return { ok: true, data: parsed.data };
    return { ok: false, problem: z.prettifyError(parsed.error).slice(0, MAX_PROBLEM_LENGTH) };
  } catch {
    return { ok: false, problem: 'it could not be checked' };
  }
}

export function createRouter({ handlers, isTrustedSender, logError }: RouterOptions): Router {
  return async (channel, sender, input) => {
    if (!isTrustedSender(sender)) {
      return fail(
        'UNTRUSTED_SENDER',
        `Request refused: sender ${sender.frameUrl ?? '(no frame)'} is not the app`,
      );
    }
    if (!isChannelName(channel))
      return fail('UNKNOWN_CHANNEL', `Unknown channel ${String(channel).slice(0, 100)}`);
    const parsed = parseInput(channel, input);
    if (!parsed.ok) return fail('INVALID_INPUT', `Invalid input for ${channel}: ${parsed.problem}`);
    try {
      const handler = handlers[channel] as (input: unknown) => unknown;
      return ok(await handler(parsed.data));
    } catch (error) {
      if (error instanceof AppFailure) return fail(error.code, error.message);
      logError(`Unexpected error on ${channel}`, error);
      return fail('INTERNAL', 'Something went wrong in Newsroom. The details are in the log.');
    }
  };
}
