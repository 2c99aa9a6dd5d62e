import type { Release } from '../../shared/schemas/release';
import { findContact } from '../contacts-import/find-contact';
import { logoDataUri } from '../settings/organisation-logo';
import type { NewsroomStore } from '../store/newsroom-store';
import { releaseRenderContext } from './render-context';
import type { ReleaseRenderContext } from './render-release-html';

/** The render context of `release` as the store holds it now: settings, press contacts and logo. */
export async function storeRenderContext(
  store: NewsroomStore,
  release: Release,
): Promise<ReleaseRenderContext> {
  const settings = store.settings.get();
  const pressContacts = release.pressContactIds.flatMap((id) => findContact(store, id) ?? []);
  const logo = await logoDataUri(store.dataDir, settings.logo);
  return releaseRenderContext(release, settings, pressContacts, logo);
}
