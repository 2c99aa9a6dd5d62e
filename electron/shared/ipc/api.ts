import type { Result } from '../result';
import type { ChannelInput, ChannelName, ChannelOutput, Channels } from './channels';
import type { EventName, EventPayload, Events } from './events';

type RequestMethod<C extends ChannelName> =
  undefined extends ChannelInput<C>
    ? (input?: ChannelInput<C>) => Promise<Result<ChannelOutput<C>>>
    : (input: ChannelInput<C>) => Promise<Result<ChannelOutput<C>>>;

type RequestMethods = {
  [C in ChannelName as Channels[C]['method']]: RequestMethod<C>;
};

type EventMethods = {
  [E in EventName as Events[E]['method']]: (listener: (payload: EventPayload<E>) => void) => () => void;
};

/** The object the preload exposes as `window.newsroom`: one named method per operation and event. */
export type NewsroomApi = RequestMethods & EventMethods;

/**
 * How the api object reaches main. The preload sends over Electron IPC; the test harness sends over
 * a Playwright binding. Both build the same object with `buildNewsroomApi`.
 */
export interface NewsroomTransport {
  invoke<C extends ChannelName>(
    channel: C,
    input: ChannelInput<C> | undefined,
  ): Promise<Result<ChannelOutput<C>>>;
  subscribe<E extends EventName>(event: E, listener: (payload: EventPayload<E>) => void): () => void;
}
