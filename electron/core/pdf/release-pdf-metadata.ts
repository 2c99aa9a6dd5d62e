import type { Release } from '../../shared/schemas/release';
import type { Settings } from '../../shared/schemas/settings';
import { RELEASE_LABELS } from '../release-render/labels';
import type { PdfMetadata } from './pdf-metadata';

/** The program named as the PDF's creator; the producer adds the version. */
const PRODUCT_NAME = 'Newsroom';

/**
 * "Press release", "Communiqué de presse", "Pressemitteilung": the printed label of the release's
 * language, which is set in capitals on the page, in sentence case.
 */
function pressReleaseNoun(release: Release): string {
  const locale = RELEASE_LABELS[release.language].dateLocale;
  const lower = RELEASE_LABELS[release.language].pressRelease.toLocaleLowerCase(locale);
  return `${lower.charAt(0).toLocaleUpperCase(locale)}${lower.slice(1)}`;
}

/**
 * The metadata of a release's PDF: its headline as the title, the organisation as the author,
 * "Press release ACT 042(2026)" in the release's language as the subject, its tags as keywords.
 */
export function releasePdfMetadata(
  release: Release,
  organisation: Settings['organisation'],
  appVersion: string,
  exportedAt: Date,
): PdfMetadata {
  const noun = pressReleaseNoun(release);
  const reference = release.reference.trim();
  const headline = release.headline.replace(/\s+/g, ' ').trim();
  const subject = reference === '' ? noun : `${noun} ${reference}`;
  return {
    title: headline === '' ? subject : headline,
    author: organisation.name.trim(),
    subject,
    keywords: release.tags.map((tag) => tag.trim()).filter((tag) => tag !== ''),
    language: release.language,
    exportedAt,
    producer: `${PRODUCT_NAME} ${appVersion}`,
    creator: PRODUCT_NAME,
  };
}
