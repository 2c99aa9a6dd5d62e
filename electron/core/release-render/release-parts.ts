import type { Release } from '../../shared/schemas/release';
import type { Settings } from '../../shared/schemas/settings';
import { displayUrl, element, escapeHtml, link, safeHref, type AttributeValue } from './html';
import type { ReleaseLabels } from './labels';
import { plainTextLines, plainTextParagraphs } from './plain-text';
import { releaseLineText } from './release-line';

type Organisation = Settings['organisation'];

/** A paragraph of escaped text, or nothing when the text is blank. */
function paragraph(className: string, text: string, attributes: Record<string, AttributeValue> = {}): string {
  return text.trim() === '' ? '' : element('p', { class: className, ...attributes }, escapeHtml(text.trim()));
}

function section(className: string, title: string, innerHtml: string): string {
  const heading = title === '' ? '' : `<h2 class="release-section-title">${escapeHtml(title)}</h2>`;
  return `<section class="release-section ${className}">${heading}${innerHtml}</section>`;
}

/**
 * The top of page one: letterhead (the organisation's logo, then its name), "PRESS RELEASE",
 * reference and release line.
 */
export function mastheadHtml(
  release: Release,
  organisation: Organisation,
  labels: ReleaseLabels,
  logoDataUri: string | null,
): string {
  const logo = logoDataUri
    ? `<img class="release-logo" src="${escapeHtml(logoDataUri)}" alt="${escapeHtml(organisation.name)}">`
    : '';
  const name = organisation.name.trim() === '' ? '' : paragraph('release-organisation', organisation.name);
  const letterhead = logo || name ? `<div class="release-letterhead">${logo}${name}</div>` : '';
  const lineClass = `release-line release-line-${release.releaseLine.kind}`;
  return (
    '<header class="release-masthead" data-keep-with-next>' +
    letterhead +
    '<div class="release-identity">' +
    paragraph('release-label', labels.pressRelease) +
    paragraph('release-reference', release.reference) +
    '</div>' +
    paragraph(lineClass, releaseLineText(release.releaseLine, labels)) +
    '</header>'
  );
}

/** Headline and subheadline; the subheadline never ends a page without the text it introduces. */
export function titleHtml(release: Release): string {
  const headline = release.headline.trim();
  return (
    (headline === '' ? '' : `<h1 class="release-headline">${escapeHtml(headline)}</h1>`) +
    paragraph('release-subheadline', release.subheadline, { 'data-keep-with-next': true })
  );
}

/** "More information": each link's label, with its address printed too since paper has no links. */
export function moreInformationHtml(links: Release['moreInformation'], labels: ReleaseLabels): string {
  const filled = links.filter(({ label, url }) => label.trim() !== '' || url.trim() !== '');
  const items = filled.map(({ label, url }) => {
    const href = safeHref(url);
    const text = escapeHtml(label.trim() === '' ? displayUrl(url) : label.trim());
    if (!href) return `<li>${text}</li>`;
    return `<li>${link(href, text)} <span class="release-link-url">${escapeHtml(displayUrl(href))}</span></li>`;
  });
  if (items.length === 0) return '';
  return section(
    'release-more-information',
    labels.moreInformation,
    `<ul class="release-links">${items.join('')}</ul>`,
  );
}

/** "Notes to editors", numbered. A note's own line breaks are kept. */
export function notesToEditorsHtml(notes: readonly string[], labels: ReleaseLabels): string {
  const items = notes
    .map((note) => plainTextParagraphs(note))
    .filter((paragraphs) => paragraphs.length > 0)
    .map((paragraphs) => `<li>${paragraphs.map((p) => `<p>${p}</p>`).join('')}</li>`);
  if (items.length === 0) return '';
  return section(
    'release-notes',
    labels.notesToEditors,
    `<ol class="release-notes-list">${items.join('')}</ol>`,
  );
}

/** "About {organisation}" and the boilerplate paragraphs. */
export function boilerplateHtml(text: string, organisation: Organisation, labels: ReleaseLabels): string {
  const paragraphs = plainTextParagraphs(text);
  if (paragraphs.length === 0) return '';
  const name = organisation.name.trim();
  return section(
    'release-boilerplate',
    name === '' ? '' : labels.about(name),
    paragraphs.map((p) => `<p>${p}</p>`).join(''),
  );
}

/** The organisation's name, postal address and web site, at the foot of the last page. */
export function footerHtml(organisation: Organisation): string {
  const name = organisation.name.trim();
  const addressLines = plainTextLines(organisation.address);
  const website = organisation.website.trim();
  // The name alone would only repeat the letterhead: the footer is there for the address and site.
  if (addressLines.length === 0 && website === '') return '';
  const href = safeHref(website);
  const parts = [
    name === '' ? '' : `<span class="release-footer-name">${escapeHtml(name)}</span>`,
    ...addressLines.map(escapeHtml),
    website === '' ? '' : href ? link(href, escapeHtml(displayUrl(href))) : escapeHtml(website),
  ].filter((part) => part !== '');
  return `<footer class="release-footer"><p>${parts.join(' · ')}</p></footer>`;
}
