import type { Contact } from '../../shared/schemas/contact';
import type { Release } from '../../shared/schemas/release';
import type { Settings } from '../../shared/schemas/settings';
import { element, escapeHtml } from './html';
import { RELEASE_LABELS } from './labels';
import { pressContactsHtml } from './press-contacts-html';
import { datelineText } from './release-line';
import {
  boilerplateHtml,
  footerHtml,
  mastheadHtml,
  moreInformationHtml,
  notesToEditorsHtml,
  titleHtml,
} from './release-parts';
import { renderRichTextHtml } from './rich-text-html';
import { runningHeaderText } from './running-header';

/** What a release needs from outside itself to be printed. */
export interface ReleaseRenderContext {
  /** Letterhead, "About …" title and footer. */
  organisation: Settings['organisation'];
  /** The release's press contacts, already looked up from its `pressContactIds`, in that order. */
  pressContacts: readonly Contact[];
  /** The organisation's boilerplate in the release's language; the release's own text wins over it. */
  boilerplate: string;
  pageSize: Settings['pageSize'];
  /** The organisation's logo as a PNG or JPEG data URI, or null for none. */
  logoDataUri: string | null;
}

/**
 * A release as one `<article class="release" lang="…">` of semantic blocks, in print order:
 * masthead, headline, body (opened by the dateline), more information, end mark, press contacts,
 * notes to editors, "About …", footer. Parts the release does not have are left out.
 *
 * Every text is escaped and the body goes through an allow-list, but the print page sanitises
 * this HTML again. For the paginator, the article carries:
 * - `data-running-header`: what pages 2 onward show on top (reference and short headline);
 * - `data-page-label`: "Page {page} of {pages}" in the release's language;
 * - `data-more-label`: "-more-" or its equivalent;
 * - `data-page-size`: `A4` or `Letter`;
 * and its blocks carry `data-keep-with-next` (never last on a page) and `data-keep-together`
 * (never split across pages) where the tag alone does not say so.
 */
export function renderReleaseHtml(release: Release, context: ReleaseRenderContext): string {
  const labels = RELEASE_LABELS[release.language];
  const dateline = datelineText(release.dateline, labels);
  const leadIn = dateline === '' ? '' : `<span class="release-dateline">${escapeHtml(dateline)}</span>`;
  const body = renderRichTextHtml(release.body, leadIn);
  const runningHeader = runningHeaderText(release.reference, release.headline);
  const parts = [
    mastheadHtml(release, context.organisation, labels, context.logoDataUri),
    titleHtml(release),
    body === '' ? '' : `<div class="release-body">${body}</div>`,
    moreInformationHtml(release.moreInformation, labels),
    `<p class="release-end-mark">${escapeHtml(labels.endMark)}</p>`,
    pressContactsHtml(context.pressContacts, release.pressContactText, labels),
    notesToEditorsHtml(release.notesToEditors, labels),
    boilerplateHtml(release.boilerplate ?? context.boilerplate, context.organisation, labels),
    footerHtml(context.organisation),
  ];
  return element(
    'article',
    {
      class: 'release',
      lang: release.language,
      'data-page-size': context.pageSize,
      'data-running-header': runningHeader === '' ? null : runningHeader,
      'data-page-label': labels.pageOfPages,
      'data-more-label': labels.more,
    },
    parts.join(''),
  );
}
