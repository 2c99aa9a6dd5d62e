import { releaseLanguages, type ReleaseLanguage } from '../../shared/languages';
import type { Release, ReleaseSummary } from '../../shared/schemas/release';
import type { NewsroomStore } from '../../core/store/newsroom-store';
import { CliError } from '../cli-error';
import type { OptionSpec } from '../command';

/** `--language`, for the commands that take a release by its reference number. */
export const languageOption: OptionSpec = {
  type: 'string',
  value: releaseLanguages.join('|'),
  description: 'The language version, when a reference number is shared by several.',
};

/** Reference numbers compared as a person types them: any case, any run of spaces. */
function referenceKey(reference: string): string {
  return reference.normalize('NFKC').replace(/\s+/g, ' ').trim().toLocaleLowerCase();
}

/** The releases not deleted, as the list shows them. */
export function liveReleases(store: NewsroomStore): ReleaseSummary[] {
  return store.releases.list().filter((summary) => summary.deletedAt === null);
}

/**
 * The release `idOrReference` names: its id, or its reference number ("ACT 042(2026)"). Language
 * versions share their reference number: `language` picks one, and without it the original is
 * meant. Deleted releases are not found. NOT_FOUND or AMBIGUOUS otherwise, saying what there is.
 */
export async function findRelease(
  store: NewsroomStore,
  idOrReference: string,
  language: ReleaseLanguage | undefined,
): Promise<Release> {
  const live = liveReleases(store);
  const key = idOrReference.trim();
  const byId = live.find((summary) => summary.id === key);
  if (byId) return store.releases.get(byId.id);

  const sameReference = live.filter(
    (summary) => summary.reference.trim() !== '' && referenceKey(summary.reference) === referenceKey(key),
  );
  const matches = language ? sameReference.filter((summary) => summary.language === language) : sameReference;
  if (matches.length === 1) return store.releases.get(matches[0]!.id);
  const originals = matches.filter((summary) => summary.translationOf === null);
  if (!language && originals.length === 1) return store.releases.get(originals[0]!.id);

  if (matches.length === 0) {
    const inLanguage = language && sameReference.length > 0 ? ` in ${language}` : '';
    throw new CliError(
      1,
      'NOT_FOUND',
      `No release has the id or reference number "${idOrReference}"${inLanguage}. List them with: newsroom releases list`,
    );
  }
  const listed = matches.map((summary) => `${summary.id} (${summary.language})`).join(', ');
  throw new CliError(
    1,
    'AMBIGUOUS',
    `"${idOrReference}" is the reference number of ${matches.length} releases: ${listed}. Give the id, or --language.`,
  );
}
