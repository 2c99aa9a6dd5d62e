import { z } from 'zod';
import { contactPageQuerySchema, contactSchema, newContactInputSchema } from '../schemas/contact';
import { newReleaseInputSchema, releaseSchema, releaseSummarySchema } from '../schemas/release';
import { settingsPatchSchema, settingsSchema } from '../schemas/settings';
import { storeNoticeSchema } from '../schemas/store-notice';
import { idSchema } from '../schemas/common';

const noInput = z.undefined();
const nothing = z.null();

export const appStatusSchema = z.object({
  version: z.string(),
  dataDir: z.string(),
  notices: z.array(storeNoticeSchema),
});
export type AppStatus = z.infer<typeof appStatusSchema>;

export const contactPageSchema = z.object({
  total: z.number(),
  offset: z.number(),
  items: z.array(contactSchema),
});
export type ContactPage = z.infer<typeof contactPageSchema>;

/**
 * Every request the renderer can make, with the name of its method on `window.newsroom`, the schema
 * its input must pass and the shape of its result. Main's router, the preload and the test harness
 * are all derived from this one map, so none of them can drift from the others.
 */
export const channels = {
  'app:getStatus': { method: 'getAppStatus', input: noInput, output: appStatusSchema },
  'app:revealDataFolder': { method: 'revealDataFolder', input: noInput, output: nothing },
  'settings:get': { method: 'getSettings', input: noInput, output: settingsSchema },
  'settings:update': { method: 'updateSettings', input: settingsPatchSchema, output: settingsSchema },
  'releases:list': { method: 'listReleases', input: noInput, output: z.array(releaseSummarySchema) },
  'releases:get': { method: 'getRelease', input: z.object({ id: idSchema }), output: releaseSchema },
  'releases:create': { method: 'createRelease', input: newReleaseInputSchema, output: releaseSchema },
  'contacts:list': { method: 'listContacts', input: contactPageQuerySchema, output: contactPageSchema },
  'contacts:create': { method: 'createContact', input: newContactInputSchema, output: contactSchema },
  'shell:openExternal': {
    method: 'openExternal',
    input: z.object({ url: z.string().max(2_000) }),
    output: nothing,
  },
} as const satisfies Record<string, ChannelSpec>;

interface ChannelSpec {
  method: string;
  input: z.ZodType;
  output: z.ZodType;
}

export type Channels = typeof channels;
export type ChannelName = keyof Channels;
/** What the renderer passes for a channel (before defaults are applied). */
export type ChannelInput<C extends ChannelName> = z.input<Channels[C]['input']>;
/** What a handler receives for a channel, after parsing. */
export type ParsedChannelInput<C extends ChannelName> = z.output<Channels[C]['input']>;
export type ChannelOutput<C extends ChannelName> = z.output<Channels[C]['output']>;

export const channelNames = Object.keys(channels) as ChannelName[];

/** True when `name` is one of the channels above: anything else is refused by the router. */
export function isChannelName(name: unknown): name is ChannelName {
  return typeof name === 'string' && Object.hasOwn(channels, name);
}
