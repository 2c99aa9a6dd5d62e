import type { ChannelInput, ChannelName } from '../../../../../electron/shared/ipc/channels';
import type { Contact } from '../../../../../electron/shared/schemas/contact';
import type { Release } from '../../../../../electron/shared/schemas/release';

/** Records of the store that the examples point at, so that a valid example reaches real data. */
export interface ExampleRecords {
  release: Release;
  contact: Contact;
  listId: string;
}

export type ChannelExamples = { [C in ChannelName]?: ChannelInput<C> };

/** The smallest PNG signature core accepts as a logo. */
const PNG_BYTES = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0]);

/**
 * One valid input per channel, pointing at records of the first-run sample. The fuzzer mutates
 * them, so that hostile values arrive deep inside well-formed requests instead of being refused
 * at the first key. A channel missing here is still fuzzed, with whole hostile payloads only.
 */
export function channelExamples({ release, contact, listId }: ExampleRecords): ChannelExamples {
  const id = { id: release.id };
  return {
    'app:getStatus': undefined,
    'app:revealDataFolder': undefined,
    'app:readyToQuit': undefined,
    'settings:get': undefined,
    'settings:update': { theme: 'dark', referencePattern: 'DC {n}({yyyy})', pageSize: 'Letter' },
    'settings:setLogo': { dataBase64: PNG_BYTES.toString('base64') },
    'settings:removeLogo': undefined,
    'settings:getLogo': undefined,
    'releases:query': {
      text: 'coast',
      statuses: ['draft'],
      languages: ['en'],
      years: [2026],
      tags: ['energy'],
      archived: false,
      sort: { column: 'headline', direction: 'asc' },
    },
    'releases:facets': undefined,
    'releases:get': id,
    'releases:create': { language: 'en', headline: 'Fuzzed release' },
    'releases:save': release,
    'releases:duplicate': id,
    'releases:delete': id,
    'releases:restore': id,
    'releases:archive': { id: release.id, archived: true },
    'releases:assignReference': id,
    'releases:createTranslation': { id: release.id, language: 'de' },
    'releases:versions': id,
    'releases:markTranslationCurrent': id,
    'releases:checks': release,
    'releases:renderHtml': release,
    'releases:importFile': {
      fileName: 'release.md',
      dataBase64: Buffer.from('# Harbour towns agree\n\nStrasbourg, 3 December 2026 – Text.').toString(
        'base64',
      ),
    },
    'releases:importFromDisk': undefined,
    'releases:createFromImport': {
      fields: {
        headline: release.headline,
        subheadline: release.subheadline,
        dateline: release.dateline,
        body: release.body,
        notesToEditors: release.notesToEditors,
        moreInformation: release.moreInformation,
        pressContactText: release.pressContactText,
        reference: release.reference,
        language: release.language,
      },
      language: 'en',
    },
    'releases:revisions': id,
    'releases:revisionDiff': { id: release.id, revisionId: release.id },
    'releases:restoreRevision': { id: release.id, revisionId: release.id },
    'contacts:query': {
      text: contact.familyName,
      filters: {
        beats: ['energy'],
        organisations: [],
        countries: [],
        languages: [],
        tags: [],
        listIds: [listId],
      },
      sort: { column: 'name', direction: 'desc' },
      offset: 0,
      limit: 50,
    },
    'contacts:get': { id: contact.id },
    'contacts:create': { givenName: 'Fuzz', familyName: 'Tester', emails: [] },
    'contacts:update': contact,
    'contacts:delete': { id: contact.id },
    'contacts:restore': { contact, listIds: [listId] },
    'contacts:facets': undefined,
    'contacts:findDuplicates': {
      emails: contact.emails.map((email) => email.address),
      phones: contact.phones.map((phone) => phone.number),
      excludeId: contact.id,
    },
    'lists:list': undefined,
    'lists:create': { name: 'Fuzzed list' },
    'lists:rename': { id: listId, name: 'Renamed list' },
    'lists:delete': { id: listId },
    'lists:addContacts': { listId, contactIds: [contact.id] },
    'lists:removeContacts': { listId, contactIds: [contact.id] },
    'backups:list': undefined,
    // Well-formed, but no such backup: a restore that must fail and change nothing.
    'backups:restore': { id: '20260101T000000Z-manual' },
    'backups:exportToFolder': undefined,
    // Every dialog of the fake desktop is cancelled: these reach the handler and print nothing.
    'pdf:exportRelease': id,
    'pdf:exportReleases': { ids: [release.id] },
    'pdf:cancelExport': undefined,
    // Not a file exported in this session: refused, whatever the page names.
    'exports:open': { path: '/etc/passwd' },
    'exports:showInFolder': { path: '/etc/passwd' },
    'clipboard:writeText': { text: 'Copied text' },
    'shell:openExternal': { url: 'https://www.example.org/press' },
  };
}
