import type { ChannelName, ChannelOutput, ParsedChannelInput } from '../../shared/ipc/channels';
import type { ContactTransferChannel } from '../../shared/ipc/contact-transfer-channels';

/** Serves one channel: receives input that already passed the channel's schema. */
export type ChannelHandler<C extends ChannelName> = (
  input: ParsedChannelInput<C>,
) => Promise<ChannelOutput<C>> | ChannelOutput<C>;

/** A handler for every channel of the contract: the type makes a missing one a compile error. */
export type ChannelHandlers = { [C in ChannelName]: ChannelHandler<C> };

/** Channels that need the desktop (the shell, the file manager): main serves them, tests fake them. */
export type PlatformChannel =
  | 'shell:openExternal'
  | 'app:revealDataFolder'
  | 'clipboard:writeText'
  | 'app:readyToQuit'
  | 'releases:importFromDisk'
  | 'backups:exportToFolder'
  | 'pdf:exportRelease'
  | 'pdf:exportReleases'
  | 'pdf:cancelExport'
  | 'exports:open'
  | 'exports:showInFolder'
  | ContactTransferChannel;
export type PlatformHandlers = Pick<ChannelHandlers, PlatformChannel>;
export type CoreHandlers = Omit<ChannelHandlers, PlatformChannel>;
