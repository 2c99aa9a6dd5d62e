import type { Contact } from '../../shared/schemas/contact';
import type { Release } from '../../shared/schemas/release';
import type { ReleaseCheck } from '../../shared/schemas/release-check';
import { embargoInstant } from './embargo-time';
import { linkTargets, plainText } from './release-text';

/** Longer headlines get cut in news feeds and inboxes. */
export const MAX_HEADLINE_LENGTH = 120;

/** "Embargo" as press offices write it in the release languages. */
const EMBARGO_WORDS = /\b(embargo|embargoed|sperrfrist|sperrvermerk)/i;

export interface CheckContext {
  now: Date;
  contactOf: (id: string) => Contact | undefined;
}

/**
 * What a press officer should fix before a release goes out, each with the field to fix. The list
 * is empty for a release that is ready.
 */
export function checkRelease(release: Release, { now, contactOf }: CheckContext): ReleaseCheck[] {
  const checks: ReleaseCheck[] = [];
  const add = (code: ReleaseCheck['code'], field: string, values: ReleaseCheck['values'] = {}) =>
    checks.push({ code, field, values });

  const contacts = release.pressContactIds
    .map(contactOf)
    .filter((contact): contact is Contact => contact !== undefined);
  if (contacts.length === 0 && !release.pressContactText.trim()) add('no-press-contact', 'pressContacts');
  for (const contact of contacts.filter((candidate) => candidate.doNotContact)) {
    add('do-not-contact', 'pressContacts', {
      name: [contact.givenName, contact.familyName].filter(Boolean).join(' '),
    });
  }
  if (!release.dateline.place.trim() || !release.dateline.date) add('no-dateline', 'dateline');

  if (release.releaseLine.kind === 'embargo') {
    const lifts = embargoInstant(release.releaseLine);
    if (!lifts)
      add('embargo-time-does-not-exist', 'releaseLine', {
        time: release.releaseLine.time,
        timeZone: release.releaseLine.timeZone,
      });
    else if (lifts.getTime() <= now.getTime()) add('embargo-past', 'releaseLine');
  } else {
    const text = [
      release.headline,
      release.subheadline,
      plainText(release.body),
      ...release.notesToEditors,
    ].join('\n');
    if (EMBARGO_WORDS.test(text)) add('immediate-with-embargo-note', 'releaseLine');
  }

  if (release.headline.length > MAX_HEADLINE_LENGTH) {
    add('headline-too-long', 'headline', { length: release.headline.length, max: MAX_HEADLINE_LENGTH });
  }
  const links = [
    ...linkTargets(release.body),
    ...release.moreInformation.map((link) => link.url.trim()),
  ].filter(Boolean);
  for (const href of links.filter((link) => !isSafeLink(link))) add('unsafe-link', 'body', { href });
  return checks;
}

function isSafeLink(href: string): boolean {
  try {
    const { protocol } = new URL(href);
    return protocol === 'https:' || protocol === 'mailto:';
  } catch {
    return false;
  }
}
