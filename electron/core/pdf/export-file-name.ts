import type { Release } from '../../shared/schemas/release';
import { safeFileName } from '../files/safe-file-name';
import { shortHeadline } from '../release-render/running-header';

const EXTENSION = 'pdf';
/** The stem used when nothing of the wanted name survives. */
const FALLBACK_STEM = 'Press release';
/** Enough of the headline to recognise the release in a folder listing. */
const HEADLINE_LENGTH_IN_NAME = 40;

/**
 * A file name ending in ".pdf" that is valid on Windows, macOS and Linux, whatever `wanted` holds
 * (see safeFileName for the rules). "Press release.pdf" when nothing of `wanted` is left. Applying
 * it again changes nothing.
 */
export function safePdfFileName(wanted: string): string {
  return safeFileName(wanted, EXTENSION, { fallback: FALLBACK_STEM });
}

/**
 * The default name of a release's PDF: reference, language and short headline, as in
 * "ACT 042(2026) EN Coastal towns and Nordlys Energy agree….pdf". The person still confirms or
 * changes it in the save dialog.
 */
export function defaultPdfFileName(release: Pick<Release, 'reference' | 'language' | 'headline'>): string {
  const reference = release.reference.trim();
  const headline = shortHeadline(release.headline, HEADLINE_LENGTH_IN_NAME);
  const language = release.language.toUpperCase();
  const parts =
    reference === '' && headline === '' ? [FALLBACK_STEM, language] : [reference, language, headline];
  return safePdfFileName(parts.filter((part) => part !== '').join(' '));
}

/**
 * The name of the `copy`-th file wanting `name` in one folder: "name (2).pdf", "name (3).pdf".
 * The stem is shortened when needed so that the number always fits in 255 bytes.
 */
export function numberedPdfFileName(name: string, copy: number): string {
  return safeFileName(name, EXTENSION, { fallback: FALLBACK_STEM, suffix: ` (${copy})` });
}
