import { importReleaseOutcome } from '../release-import/import-outcome';
import { storeRenderContext } from '../release-render/store-render-context';
import { renderReleaseHtml } from '../release-render/render-release-html';
import { checkRelease } from '../releases/release-checks';
import { logoDataUri, removeLogo, saveLogo } from '../settings/organisation-logo';
import { diffReleases } from '../releases/release-diff';
import { listBackups } from '../backup/list-backups';
import { restoreBackup } from '../backup/restore-backup';
import type { StoreSession } from '../store/store-session';
import type { CoreHandlers } from './channel-handlers';
import { AppFailure } from '../../shared/result';

export interface CoreHandlerOptions {
  /** The version of the running app, shown in Settings. */
  version: string;
}

/**
 * The handlers of every channel that only needs the store. Main's router and the test harness
 * serve these same functions, so the harness tests what the app runs. The store is looked up on
 * every call: a restore closes it and opens it again.
 */
export function createCoreHandlers(session: StoreSession, { version }: CoreHandlerOptions): CoreHandlers {
  /** Collation follows the interface language, so that names sort as the person reads them. */
  const locale = () => session.store.settings.get().uiLanguage;
  const contactIfAny = (id: string) => {
    try {
      return session.store.contacts.get(id);
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
    'app:getStatus': () => ({
      version,
      dataDir: session.store.dataDir,
      notices: [...session.store.notices],
      saveProblem: session.store.saveProblem,
    }),
    'settings:get': () => session.store.settings.get(),
    'settings:update': (patch) => session.store.settings.update(patch),
    'settings:setLogo': async ({ dataBase64 }) => {
      const logo = await saveLogo(session.store.dataDir, Buffer.from(dataBase64, 'base64'));
      return session.store.settings.update({ logo });
    },
    'settings:getLogo': () => logoDataUri(session.store.dataDir, session.store.settings.get().logo),
    'settings:removeLogo': async () => {
      const settings = await session.store.settings.update({ logo: null });
      await removeLogo(session.store.dataDir);
      return settings;
    },
    'releases:query': (query) => session.store.releases.query(query, locale()),
    'releases:facets': () => session.store.releases.facets(),
    'releases:get': ({ id }) => session.store.releases.get(id),
    'releases:create': (input) => session.store.releases.create(input, session.store.settings.get()),
    'releases:save': (release) => session.store.releases.save(release),
    'releases:duplicate': ({ id }) => session.store.releases.duplicate(id),
    'releases:delete': ({ id }) => session.store.releases.delete(id),
    'releases:restore': ({ id }) => session.store.releases.restore(id),
    'releases:archive': ({ id, archived }) => session.store.releases.setArchived(id, archived),
    'releases:assignReference': ({ id }) =>
      session.store.releases.assignReference(id, session.store.settings.get()),
    'releases:createTranslation': ({ id, language }) =>
      session.store.releases.createTranslation(id, language),
    'releases:versions': ({ id }) => session.store.releases.versions(id),
    'releases:markTranslationCurrent': ({ id }) => session.store.releases.markTranslationCurrent(id),
    'releases:checks': (release) =>
      checkRelease(release, { now: new Date(), contactOf: (id) => contactIfAny(id) }),
    'releases:renderHtml': async (release) =>
      renderReleaseHtml(release, await storeRenderContext(session.store, release)),
    'releases:importFile': ({ fileName, dataBase64 }) =>
      importReleaseOutcome(fileName, Buffer.from(dataBase64, 'base64')),
    'releases:createFromImport': ({ fields, language }) =>
      session.store.releases.createFromImport(fields, language, session.store.settings.get()),
    'releases:revisions': ({ id }) => session.store.releases.revisions.list(id),
    'releases:revisionDiff': async ({ id, revisionId }) => {
      const [revision, current] = await Promise.all([
        session.store.releases.revisions.get(id, revisionId),
        session.store.releases.get(id),
      ]);
      return diffReleases(revision.release, current, (contactId) => contactLabel(contactId));
    },
    'releases:restoreRevision': ({ id, revisionId }) =>
      session.store.releases.restoreRevision(id, revisionId),
    'contacts:query': (query) => session.store.contacts.query(query, locale()),
    'contacts:get': ({ id }) => ({
      contact: session.store.contacts.get(id),
      listIds: session.store.contactLists.listsOf(id),
    }),
    'contacts:create': (input) => session.store.contacts.create(input),
    'contacts:update': (contact) => session.store.contacts.update(contact),
    'contacts:delete': ({ id }) => session.store.contacts.delete(id),
    'contacts:restore': ({ contact, listIds }) => session.store.contacts.restore(contact, listIds),
    'contacts:facets': () => session.store.contacts.facets(locale()),
    'contacts:findDuplicates': ({ emails, phones, excludeId }) =>
      session.store.contacts.findDuplicates(emails, phones, excludeId),
    'backups:list': () => listBackups(session.store.dataDir),
    // The store is closed while its files are replaced, and opened again on what was restored.
    'backups:restore': async ({ id }) => {
      // Checked before the store is closed, so that asking for a backup that is not there changes nothing.
      const known = (await listBackups(session.store.dataDir)).some((backup) => backup.id === id);
      if (!known) throw new AppFailure('NOT_FOUND', `There is no backup ${id}`);
      return session.withStoreClosed((dataDir) => restoreBackup(dataDir, id));
    },
    'lists:list': () => session.store.contactLists.list(locale()),
    'lists:create': ({ name }) => session.store.contactLists.create(name),
    'lists:rename': ({ id, name }) => session.store.contactLists.rename(id, name),
    'lists:delete': async ({ id }) => {
      await session.store.contactLists.delete(id);
      return null;
    },
    'lists:addContacts': ({ listId, contactIds }) => {
      for (const id of contactIds) session.store.contacts.get(id);
      return session.store.contactLists.add(listId, contactIds);
    },
    'lists:removeContacts': ({ listId, contactIds }) => session.store.contactLists.remove(listId, contactIds),
  };
}
