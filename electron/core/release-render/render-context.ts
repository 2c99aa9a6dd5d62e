import type { Contact } from '../../shared/schemas/contact';
import type { Release } from '../../shared/schemas/release';
import type { Settings } from '../../shared/schemas/settings';
import type { ReleaseRenderContext } from './render-release-html';

/**
 * The render context of `release` from the organisation's settings and the contacts at hand:
 * its press contacts in the release's order (ids no longer in the directory are skipped), the
 * boilerplate in its language, and the page size.
 */
export function releaseRenderContext(
  release: Release,
  settings: Pick<Settings, 'organisation' | 'boilerplate' | 'pageSize'>,
  contacts: readonly Contact[],
  logoDataUri: string | null = null,
): ReleaseRenderContext {
  const byId = new Map(contacts.map((contact) => [contact.id, contact]));
  return {
    organisation: settings.organisation,
    pressContacts: release.pressContactIds.flatMap((id) => byId.get(id) ?? []),
    boilerplate: settings.boilerplate[release.language] ?? '',
    pageSize: settings.pageSize,
    logoDataUri,
  };
}
