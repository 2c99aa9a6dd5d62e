import { importReleaseOutcome } from '../release-import/import-outcome';
import { releaseRenderContext } from '../release-render/render-context';
import { renderReleaseHtml } from '../release-render/render-release-html';
import { checkRelease } from '../releases/release-checks';
import { logoDataUri, removeLogo, saveLogo } from '../settings/organisation-logo';
import { diffReleases } from '../releases/release-diff';
import type { NewsroomStore } from '../store/newsroom-store';
import type { CoreHandlers } from './channel-handlers';

export interface CoreHandlerOptions {
  /** The version of the running app, shown in Settings. */
  version: string;
}

/**
 * The handlers of every channel that only needs the store. Main's router and the test harness
 * serve these same functions, so the harness tests what the app runs.
 */
export function createCoreHandlers(store: NewsroomStore, { version }: CoreHandlerOptions): CoreHandlers {
  /** Collation follows the interface language, so that names sort as the person reads them. */
  const locale = () => store.settings.get().uiLanguage;
  const contactIfAny = (id: string) => {
    try {
      return store.contacts.get(id);
    } catch {
      return undefined;
    }
  };
  const contactLabel = (id: string) => {
    const contact = contactIfAny(id);
    return contact
      ? [contact.givenName, contact.familyName].filter(Boolean).join(' ') || contact.organisation
      : id;
  };
  return {
    'app:getStatus': () => ({ version, dataDir: store.dataDir, notices: [...store.notices] }),
    'settings:get': () => store.settings.get(),
    'settings:update': (patch) => store.settings.update(patch),
    'settings:setLogo': async ({ dataBase64 }) => {
      const logo = await saveLogo(store.dataDir, Buffer.from(dataBase64, 'base64'));
      return store.settings.update({ logo });
    },
    'settings:getLogo': () => logoDataUri(store.dataDir, store.settings.get().logo),
    'settings:removeLogo': async () => {
      const settings = await store.settings.update({ logo: null });
      await removeLogo(store.dataDir);
      return settings;
    },
    'releases:query': (query) => store.releases.query(query, locale()),
    'releases:facets': () => store.releases.facets(),
    'releases:get': ({ id }) => store.releases.get(id),
    'releases:create': (input) => store.releases.create(input, store.settings.get()),
    'releases:save': (release) => store.releases.save(release),
    'releases:duplicate': ({ id }) => store.releases.duplicate(id),
    'releases:delete': ({ id }) => store.releases.delete(id),
    'releases:restore': ({ id }) => store.releases.restore(id),
    'releases:archive': ({ id, archived }) => store.releases.setArchived(id, archived),
    'releases:assignReference': ({ id }) => store.releases.assignReference(id, store.settings.get()),
    'releases:createTranslation': ({ id, language }) => store.releases.createTranslation(id, language),
    'releases:versions': ({ id }) => store.releases.versions(id),
    'releases:markTranslationCurrent': ({ id }) => store.releases.markTranslationCurrent(id),
    'releases:checks': (release) =>
      checkRelease(release, { now: new Date(), contactOf: (id) => contactIfAny(id) }),
    'releases:renderHtml': async (release) => {
      const settings = store.settings.get();
      const pressContacts = release.pressContactIds
        .map(contactIfAny)
        .filter((contact) => contact !== undefined);
      const logo = await logoDataUri(store.dataDir, settings.logo);
      return renderReleaseHtml(release, releaseRenderContext(release, settings, pressContacts, logo));
    },
    'releases:importFile': ({ fileName, dataBase64 }) =>
      importReleaseOutcome(fileName, Buffer.from(dataBase64, 'base64')),
    'releases:createFromImport': ({ fields, language }) =>
      store.releases.createFromImport(fields, language, store.settings.get()),
    'releases:revisions': ({ id }) => store.releases.revisions.list(id),
    'releases:revisionDiff': async ({ id, revisionId }) => {
      const [revision, current] = await Promise.all([
        store.releases.revisions.get(id, revisionId),
        store.releases.get(id),
      ]);
      return diffReleases(revision.release, current, (contactId) => contactLabel(contactId));
    },
    'releases:restoreRevision': ({ id, revisionId }) => store.releases.restoreRevision(id, revisionId),
    'contacts:query': (query) => store.contacts.query(query, locale()),
    'contacts:get': ({ id }) => ({
      contact: store.contacts.get(id),
      listIds: store.contactLists.listsOf(id),
    }),
    'contacts:create': (input) => store.contacts.create(input),
    'contacts:update': (contact) => store.contacts.update(contact),
    'contacts:delete': ({ id }) => store.contacts.delete(id),
    'contacts:restore': ({ contact, listIds }) => store.contacts.restore(contact, listIds),
    'contacts:facets': () => store.contacts.facets(locale()),
    'contacts:findDuplicates': ({ emails, phones, excludeId }) =>
      store.contacts.findDuplicates(emails, phones, excludeId),
    'lists:list': () => store.contactLists.list(locale()),
    'lists:create': ({ name }) => store.contactLists.create(name),
    'lists:rename': ({ id, name }) => store.contactLists.rename(id, name),
    'lists:delete': async ({ id }) => {
      await store.contactLists.delete(id);
      return null;
    },
    'lists:addContacts': ({ listId, contactIds }) => {
      for (const id of contactIds) store.contacts.get(id);
      return store.contactLists.add(listId, contactIds);
    },
    'lists:removeContacts': ({ listId, contactIds }) => store.contactLists.remove(listId, contactIds),
  };
}
