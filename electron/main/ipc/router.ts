import { z } from 'zod';
import type { ChannelHandlers } from '../../core/ipc/channel-handlers';
import { channels, isChannelName } from '../../shared/ipc/channels';
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
    const parsed = channels[channel].input.safeParse(input);
    if (!parsed.success)
      return fail('INVALID_INPUT', `Invalid input for ${channel}: ${z.prettifyError(parsed.error)}`);
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
