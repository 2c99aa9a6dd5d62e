import { z } from 'zod';
import { backupInfoSchema, restoreOutcomeSchema } from '../schemas/backup';
import { contactSchema, contactUpdateSchema, newContactInputSchema } from '../schemas/contact';
import { contactListSummarySchema } from '../schemas/contact-list';
import { contactFacetsSchema, contactQueryResultSchema, contactQuerySchema } from '../schemas/contact-query';
import {
  newReleaseInputSchema,
  releaseLanguageSchema,
  releaseQuerySchema,
  releaseSchema,
  releaseSummarySchema,
  releaseVersionSchema,
} from '../schemas/release';
import { releaseCheckSchema } from '../schemas/release-check';
import {
  importedFileSchema,
  importedReleaseFieldsSchema,
  releaseImportOutcomeSchema,
} from '../schemas/release-import';
import { fieldChangeSchema, revisionSummarySchema } from '../schemas/release-revision';
import { settingsPatchSchema, settingsSchema } from '../schemas/settings';
import { storeNoticeSchema } from '../schemas/store-notice';
import { idSchema } from '../schemas/common';
import { contactTransferChannels } from './contact-transfer-channels';
import { exportChannels } from './export-channels';

const noInput = z.undefined();
const nothing = z.null();

export const appStatusSchema = z.object({
  version: z.string(),
  dataDir: z.string(),
  notices: z.array(storeNoticeSchema),
  /** Set while the disk refuses writes: the system's error code, and the files kept in memory. */
  saveProblem: z.object({ code: z.string(), files: z.array(z.string()) }).nullable(),
});
export type AppStatus = z.infer<typeof appStatusSchema>;

/** A contact with the distribution lists it is on. */
export const contactWithListsSchema = z.object({
  contact: contactSchema,
  listIds: z.array(idSchema).max(1_000),
});
export type ContactWithLists = z.infer<typeof contactWithListsSchema>;

const idInput = z.object({ id: idSchema });
const listNameInput = z.string().trim().min(1).max(100);
const listMembersInput = z.object({ listId: idSchema, contactIds: z.array(idSchema).min(1).max(200_000) });

/**
 * Every request the renderer can make, with the name of its method on `window.newsroom`, the schema
 * its input must pass and the shape of its result. Main's router, the preload and the test harness
 * are all derived from this one map, so none of them can drift from the others.
 */
export const channels = {
  'app:getStatus': { method: 'getAppStatus', input: noInput, output: appStatusSchema },
  'app:revealDataFolder': { method: 'revealDataFolder', input: noInput, output: nothing },
  'app:readyToQuit': { method: 'readyToQuit', input: noInput, output: nothing },
  'settings:get': { method: 'getSettings', input: noInput, output: settingsSchema },
  'settings:update': { method: 'updateSettings', input: settingsPatchSchema, output: settingsSchema },
  'settings:setLogo': {
    method: 'setLogo',
    // Base64 of at most 2 MB of image, checked again by core.
    input: z.object({
      dataBase64: z
        .string()
        .max(3_000_000)
        .regex(/^[A-Za-z0-9+/]*={0,2}$/),
    }),
    output: settingsSchema,
  },
  'settings:removeLogo': { method: 'removeLogo', input: noInput, output: settingsSchema },
  'settings:getLogo': { method: 'getLogo', input: noInput, output: z.string().nullable() },
  'releases:query': {
    method: 'queryReleases',
    input: releaseQuerySchema,
    output: z.array(releaseSummarySchema),
  },
  'releases:facets': {
    method: 'getReleaseFacets',
    input: noInput,
    output: z.object({ tags: z.array(z.string()), years: z.array(z.number()) }),
  },
  'releases:get': { method: 'getRelease', input: idInput, output: releaseSchema },
  'releases:create': { method: 'createRelease', input: newReleaseInputSchema, output: releaseSchema },
  'releases:save': { method: 'saveRelease', input: releaseSchema, output: releaseSchema },
  'releases:duplicate': { method: 'duplicateRelease', input: idInput, output: releaseSchema },
  'releases:delete': { method: 'deleteRelease', input: idInput, output: releaseSchema },
  'releases:restore': { method: 'restoreRelease', input: idInput, output: releaseSchema },
  'releases:archive': {
    method: 'archiveRelease',
    input: z.object({ id: idSchema, archived: z.boolean() }),
    output: releaseSchema,
  },
  'releases:assignReference': { method: 'assignReleaseReference', input: idInput, output: releaseSchema },
  'releases:createTranslation': {
    method: 'createTranslation',
    input: z.object({ id: idSchema, language: releaseLanguageSchema }),
    output: releaseSchema,
  },
  'releases:versions': {
    method: 'getReleaseVersions',
    input: idInput,
    output: z.array(releaseVersionSchema),
  },
  'releases:markTranslationCurrent': {
    method: 'markTranslationCurrent',
    input: idInput,
    output: releaseSchema,
  },
  'releases:checks': { method: 'checkRelease', input: releaseSchema, output: z.array(releaseCheckSchema) },
  'releases:renderHtml': { method: 'renderReleaseHtml', input: releaseSchema, output: z.string() },
  'releases:importFile': {
    method: 'importReleaseFile',
    input: importedFileSchema,
    output: releaseImportOutcomeSchema,
  },
  'releases:importFromDisk': {
    method: 'importReleaseFromDisk',
    input: noInput,
    output: releaseImportOutcomeSchema,
  },
  'releases:createFromImport': {
    method: 'createReleaseFromImport',
    input: z.object({ fields: importedReleaseFieldsSchema, language: releaseLanguageSchema }),
    output: releaseSchema,
  },
  'releases:revisions': { method: 'listRevisions', input: idInput, output: z.array(revisionSummarySchema) },
  'releases:revisionDiff': {
    method: 'diffRevision',
    input: z.object({ id: idSchema, revisionId: idSchema }),
    output: z.array(fieldChangeSchema),
  },
  'releases:restoreRevision': {
    method: 'restoreRevision',
    input: z.object({ id: idSchema, revisionId: idSchema }),
    output: releaseSchema,
  },
  'contacts:query': { method: 'queryContacts', input: contactQuerySchema, output: contactQueryResultSchema },
  'contacts:get': { method: 'getContact', input: idInput, output: contactWithListsSchema },
  'contacts:create': { method: 'createContact', input: newContactInputSchema, output: contactSchema },
  'contacts:update': { method: 'updateContact', input: contactUpdateSchema, output: contactSchema },
  'contacts:delete': { method: 'deleteContact', input: idInput, output: contactWithListsSchema },
  'contacts:restore': { method: 'restoreContact', input: contactWithListsSchema, output: contactSchema },
  'contacts:facets': { method: 'getContactFacets', input: noInput, output: contactFacetsSchema },
  'contacts:findDuplicates': {
    method: 'findDuplicateContacts',
    input: z.object({
      emails: z.array(z.string().max(320)).max(20),
      phones: z.array(z.string().max(60)).max(20),
      excludeId: idSchema.optional(),
    }),
    output: z.array(contactSchema),
  },
  'lists:list': { method: 'listContactLists', input: noInput, output: z.array(contactListSummarySchema) },
  'lists:create': {
    method: 'createContactList',
    input: z.object({ name: listNameInput }),
    output: contactListSummarySchema,
  },
  'lists:rename': {
    method: 'renameContactList',
    input: z.object({ id: idSchema, name: listNameInput }),
    output: contactListSummarySchema,
  },
  'lists:delete': { method: 'deleteContactList', input: idInput, output: nothing },
  'lists:addContacts': {
    method: 'addToContactList',
    input: listMembersInput,
    output: contactListSummarySchema,
  },
  'lists:removeContacts': {
    method: 'removeFromContactList',
    input: listMembersInput,
    output: contactListSummarySchema,
  },
  'backups:list': { method: 'listBackups', input: noInput, output: z.array(backupInfoSchema) },
  'backups:restore': {
    method: 'restoreBackup',
    input: z.object({ id: z.string().regex(/^\d{8}T\d{6}Z-[a-z-]+(?:-\d+)?$/) }),
    output: restoreOutcomeSchema,
  },
  'backups:exportToFolder': {
    method: 'backUpToFolder',
    input: noInput,
    output: z.object({ path: z.string() }).nullable(),
  },
  'clipboard:writeText': {
    method: 'copyText',
    input: z.object({ text: z.string().max(100_000) }),
    output: nothing,
  },
  'shell:openExternal': {
    method: 'openExternal',
    input: z.object({ url: z.string().max(2_000) }),
    output: nothing,
  },
  ...exportChannels,
  ...contactTransferChannels,
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
